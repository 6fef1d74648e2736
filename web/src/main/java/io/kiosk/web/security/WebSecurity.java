package io.kiosk.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.io.IOException;

import static org.springframework.http.HttpMethod.GET;

/**
 * Who may open which page, and CSRF protection on every form. Tokens are not Spring Security's business here: the
 * APIs check them; this chain only knows whether the session has a signed-in account and its roles (see
 * {@code session.WebSessions}).
 *
 * <ul>
 *   <li>The shop is open to everyone: home, search, products, the cart (an anonymous cart lives in the session),
 *       the account pages that come before a login (register, verify, log in, forgot and reset password).</li>
 *   <li>A customer's own pages need a signed-in customer: {@code /account/profile}, {@code /account/addresses},
 *       {@code /checkout/**}, {@code /orders/**}, {@code /refunds/**}. Anyone else is sent to the login page with
 *       {@code ?next=} the page they asked for (an htmx request gets an {@code HX-Redirect} there).</li>
 *   <li>Every state-changing request carries the session's CSRF token: forms get it as a hidden field from
 *       {@code th:action}, htmx requests as the {@code X-CSRF-TOKEN} header the layout sets with {@code hx-headers}.</li>
 * </ul>
 * <ul>
 *   <li>The console ({@code /admin/**}) is for staff, each role to its part, as the APIs decide it too (the menu shows
 *       the same, see {@code admin.ConsoleMenu}): work lists, orders, catalogue, search synonyms and operations
 *       for {@code BACK_OFFICE} and {@code ADMIN}; analytics for {@code ANALYST} and {@code ADMIN}; staff accounts
 *       for {@code ADMIN}; the console's home for all three. A customer, or an analyst opening an order, gets the forbidden page.</li>
 * </ul>
 * A new area of pages that needs a login adds its paths to the customer or console lines below; everything else is open.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    static final String CUSTOMER = "CUSTOMER";
    static final String BACK_OFFICE = "BACK_OFFICE";
    static final String ANALYST = "ANALYST";
    static final String ADMIN = "ADMIN";

    @Bean
    SecurityFilterChain storefrontAccessRules(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                        .requestMatchers(GET, "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico").permitAll()
                        .requestMatchers(GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/account/profile", "/account/profile/**", "/account/addresses", "/account/addresses/**")
                        .hasRole(CUSTOMER)
                        .requestMatchers("/checkout", "/checkout/**", "/orders", "/orders/**", "/refunds", "/refunds/**")
                        .hasRole(CUSTOMER)
                        .requestMatchers("/admin/analytics", "/admin/analytics/**").hasAnyRole(ANALYST, ADMIN)
                        .requestMatchers("/admin/staff", "/admin/staff/**", "/admin/orders/*/customer-erasure").hasRole(ADMIN)
                        .requestMatchers("/admin/work-lists", "/admin/work-lists/**", "/admin/orders", "/admin/orders/**",
                                "/admin/catalogue", "/admin/catalogue/**", "/admin/search", "/admin/search/**",
                                "/admin/operations", "/admin/operations/**")
                        .hasAnyRole(BACK_OFFICE, ADMIN)
                        .requestMatchers("/admin", "/admin/**").hasAnyRole(BACK_OFFICE, ANALYST, ADMIN)
                        // the rest of the shop (home, search, products, cart, the account pages before a login) is
                        // open, and an address that is no page answers the not-found page rather than a login
                        .anyRequest().permitAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(toTheLoginPage()))
                // the web app's own login and logout pages sign in and out (they speak to the command API)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(policy -> policy.policyDirectives(String.join("; ",
                                "default-src 'self'",
                                // product images may live on a CDN; QR codes are drawn as data: images
                                "img-src 'self' https: data:",
                                "script-src 'self'",
                                "style-src 'self'",
                                "connect-src 'self'",
                                "object-src 'none'",
                                "base-uri 'self'",
                                "frame-ancestors 'none'")))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** An anonymous visitor asking for a customer's page logs in first and comes back to it. */
    private static AuthenticationEntryPoint toTheLoginPage() {
        return (request, response, refused) -> redirect(request, response,
                ReturnUrl.loginFor(ReturnUrl.of(request)));
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String target = request.getContextPath() + path;
        if (ReturnUrl.isHtmx(request)) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_OK);
        } else {
            response.sendRedirect(target);
        }
    }
}
