package io.kiosk.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.security.KioskHttpSecurity;
import io.kiosk.security.ProblemAuthenticationHandlers;
import io.kiosk.security.SecurityProperties;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static io.kiosk.api.customer.Role.ADMIN;
import static io.kiosk.api.customer.Role.ANALYST;
import static io.kiosk.api.customer.Role.BACK_OFFICE;
import static io.kiosk.api.customer.Role.CUSTOMER;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may call each endpoint of the query API. Tokens are checked as both applications check them
 * ({@link KioskHttpSecurity}); the rules below name every endpoint, and anything they do not name
 * is refused, so a new endpoint is closed until someone states who may call it.
 *
 * <p>A rule here says which roles may ask at all; which orders and carts a customer may see (only their
 * own) is decided with the answer, in the tracking and cart controllers, because it depends on the order
 * or the cart.
 */
@Configuration(proxyBeanMethods = false)
class QuerySideSecurity {

    @Bean
    SecurityFilterChain queryApiAccessRules(HttpSecurity http, SecurityProperties properties,
                                            ProblemAuthenticationHandlers problems, ObjectMapper json) throws Exception {
        BearerTokenFailures failures = new BearerTokenFailures(problems, json);
        return KioskHttpSecurity.apply(http, properties, problems)
                .oauth2ResourceServer(server -> server.bearerTokenResolver(tokenInHeaderOrForLiveStreams()).withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                    @Override
                    public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(failures);
                        return filter;
                    }
                }))
                .authorizeHttpRequests(requests -> requests
                        // an error page renders the failure of a request that was already let in (or refused)
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // a live stream's later dispatches (completion, timeout) belong to a request already let in
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers(GET, "/api/orders", "/api/orders/*", "/api/orders/*/live")
                        .hasAnyRole(CUSTOMER.name(), BACK_OFFICE.name(), ADMIN.name())
                        // an order's event history and its state at a past instant: staff only
                        .requestMatchers(GET, "/api/orders/*/history", "/api/orders/*/as-of").hasAnyRole(BACK_OFFICE.name(), ADMIN.name())
                        // the projections' processors, their rebuilds and their dead letters
                        .requestMatchers(GET, "/api/admin/projections", "/api/admin/projections/*").hasAnyRole(BACK_OFFICE.name(), ADMIN.name())
                        .requestMatchers(POST, "/api/admin/projections/*/replay").hasAnyRole(BACK_OFFICE.name(), ADMIN.name())
                        .requestMatchers(GET, "/api/admin/dead-letters").hasAnyRole(BACK_OFFICE.name(), ADMIN.name())
                        .requestMatchers(POST, "/api/admin/dead-letters/*/*/retry").hasAnyRole(BACK_OFFICE.name(), ADMIN.name())
                        .requestMatchers(DELETE, "/api/admin/dead-letters/*/*").hasAnyRole(BACK_OFFICE.name(), ADMIN.name())
                        // the catalogue as the back office manages it: drafts and exact stock counts
                        .requestMatchers(GET, "/api/admin/products", "/api/admin/products/*").hasAnyRole(BACK_OFFICE.name(), ADMIN.name())
                        .requestMatchers(POST, "/api/admin/quotes").hasAnyRole(BACK_OFFICE.name(), ADMIN.name())
                        .requestMatchers(GET, "/api/customers/me").hasRole(CUSTOMER.name())
                        // a cart read back: the caller's current one (only customers have carts), or one by id (whose
                        // owner, or staff, may read it: decided with the answer, in the cart controller)
                        .requestMatchers(GET, "/api/carts/current").hasRole(CUSTOMER.name())
                        .requestMatchers(GET, "/api/carts/*").hasAnyRole(CUSTOMER.name(), BACK_OFFICE.name(), ADMIN.name())
                        // order search finds anyone's orders by name, e-mail or phone: staff who serve customers only
                        .requestMatchers(GET, "/api/search/orders").hasAnyRole(BACK_OFFICE.name(), ADMIN.name())
                        // the synonyms of product search: staff edit them
                        .requestMatchers("/api/search/synonyms", "/api/search/synonyms/*").hasAnyRole(BACK_OFFICE.name(), ADMIN.name())
                        // figures about the whole shop: analysts and administrators, not shoppers nor the back office
                        .requestMatchers(GET, "/api/analytics/**").hasAnyRole(ANALYST.name(), ADMIN.name())
                        // the catalogue and live quotes are for everyone, logged in or not
                        .requestMatchers(GET, "/api/products", "/api/products/*").permitAll()
                        .requestMatchers(POST, "/api/quotes").permitAll()
                        .requestMatchers(GET, "/api/delivery-regions").permitAll()
                        .requestMatchers(GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN.name())
                        .requestMatchers(GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    /**
     * The access token comes in the {@code Authorization} header; only a live order stream may also take it as the
     * {@code access_token} query parameter (RFC 6750 §2.3), because a browser's EventSource cannot send headers.
     */
    private static BearerTokenResolver tokenInHeaderOrForLiveStreams() {
        DefaultBearerTokenResolver headerOnly = new DefaultBearerTokenResolver();
        DefaultBearerTokenResolver headerOrQuery = new DefaultBearerTokenResolver();
        headerOrQuery.setAllowUriQueryParameter(true);
        RequestMatcher liveStream = PathPatternRequestMatcher.withDefaults().matcher(GET, "/api/orders/*/live");
        return request -> (liveStream.matches(request) ? headerOrQuery : headerOnly).resolve(request);
    }
}
