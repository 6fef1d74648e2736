package io.kiosk.command.identity;

import io.kiosk.api.customer.Role;
import io.kiosk.security.KioskHttpSecurity;
import io.kiosk.security.ProblemAuthenticationHandlers;
import io.kiosk.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Clock;

/**
 * Who may call each endpoint of the command side. Anything not listed is denied, so a new
 * endpoint is closed until it is given a rule here (and a row in {@code EndpointRolesTest}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class CommandSideSecurity {

    private static final String CUSTOMER = Role.CUSTOMER.name();
    private static final String BACK_OFFICE = Role.BACK_OFFICE.name();
    private static final String ADMIN = Role.ADMIN.name();

    @Bean
    SecurityFilterChain commandSideEndpoints(HttpSecurity http, SecurityProperties properties,
                                             ProblemAuthenticationHandlers problems) throws Exception {
        return KioskHttpSecurity.apply(http, properties, problems)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/customers/registrations", "/api/customers/verification",
                                "/api/customers/verification/resend", "/api/auth/login", "/api/auth/refresh",
                                "/api/auth/logout", "/api/auth/password-reset", "/api/auth/password-reset/confirm").permitAll()
                        .requestMatchers(HttpMethod.GET, "/.well-known/jwks.json").permitAll()
                        // payment providers call these without a Kiosk login: each request proves itself by its signature
                        .requestMatchers(HttpMethod.POST, "/api/payments/alipay/notifications",
                                "/api/payments/wechat/notifications", "/api/payments/wechat/refund-notifications",
                                "/api/payments/card/webhooks").permitAll()
                        // the payment sandbox's page (it exists only with kiosk.payments.provider=sandbox)
                        .requestMatchers(HttpMethod.GET, "/sandbox/pay/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/sandbox/pay/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/auth/password").authenticated()
                        .requestMatchers("/api/carts/**", "/api/customers/me/**").hasRole(CUSTOMER)
                        // customers cancel their own orders, the back office any order
                        .requestMatchers(HttpMethod.POST, "/api/orders/*/cancellation").hasAnyRole(CUSTOMER, BACK_OFFICE, ADMIN)
                        // refunds: customers ask, withdraw and send goods back; the back office decides and receives
                        .requestMatchers(HttpMethod.POST, "/api/orders/*/refunds", "/api/refunds/*/withdrawal",
                                "/api/refunds/*/return-shipment").hasRole(CUSTOMER)
                        .requestMatchers(HttpMethod.POST, "/api/refunds/*/approval", "/api/refunds/*/rejection",
                                "/api/refunds/*/receipt", "/api/refunds/*/retry").hasAnyRole(BACK_OFFICE, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/refunds", "/api/refunds/*").hasAnyRole(CUSTOMER, BACK_OFFICE, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/orders/*/fulfilment", "/api/orders/*/shipment",
                                "/api/orders/*/delivery").hasAnyRole(BACK_OFFICE, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/products", "/api/products/*/publication",
                                "/api/products/*/stock/receipts").hasAnyRole(BACK_OFFICE, ADMIN)
                        .requestMatchers(HttpMethod.PUT, "/api/products/*", "/api/products/*/stock")
                                .hasAnyRole(BACK_OFFICE, ADMIN)
                        .requestMatchers(HttpMethod.DELETE, "/api/products/*/publication").hasAnyRole(BACK_OFFICE, ADMIN)
                        // the review of payments the risk check held
                        .requestMatchers(HttpMethod.GET, "/api/payments/held").hasAnyRole(BACK_OFFICE, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/payments/*/approval", "/api/payments/*/rejection")
                                .hasAnyRole(BACK_OFFICE, ADMIN)
                        // mails the outbox could not send: what to tell customers by other means
                        .requestMatchers(HttpMethod.GET, "/api/notifications/undelivered").hasAnyRole(BACK_OFFICE, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/process-failures").hasAnyRole(BACK_OFFICE, ADMIN)
                        .requestMatchers("/api/admin/**").hasRole(ADMIN)
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
                        .requestMatchers("/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
