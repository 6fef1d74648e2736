package io.kiosk.command.identity;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.command.CommandSideHttpTest;
import io.kiosk.command.HttpClientForTests;
import io.kiosk.command.HttpClientForTests.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Every endpoint of the command side against every kind of caller. "Allowed" means the request got
 * past security (whatever the endpoint then answered: a made-up id may well be a 404); refused
 * means 401 for anonymous callers and 403 for callers whose role does not fit.
 */
class EndpointRolesTest extends CommandSideHttpTest {

    /** Who may call an endpoint: nobody but these roles (anonymous callers never, unless public). */
    private record Rule(HttpMethod method, String path, String body, boolean open, Set<Role> roles) {
    }

    private static final String ID = UUID.randomUUID().toString();
    /** A product nobody defined: staff calls must reach the controller, never touch a real product of the shared event store. */
    private static final String PRODUCT = "ks-nobody-defined-" + ID.substring(0, 8);
    private static final Set<Role> EVERY_ROLE = Set.of(Role.values());

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (String path : List.of("/api/customers/registrations", "/api/customers/verification",
                "/api/customers/verification/resend", "/api/auth/login", "/api/auth/refresh", "/api/auth/logout",
                "/api/auth/password-reset", "/api/auth/password-reset/confirm")) {
            rules.add(new Rule(POST, path, "{}", true, EVERY_ROLE));
        }
        rules.add(new Rule(GET, "/.well-known/jwks.json", null, true, EVERY_ROLE));
        for (String path : List.of("/api/payments/alipay/notifications", "/api/payments/wechat/notifications",
                "/api/payments/wechat/refund-notifications", "/api/payments/card/webhooks")) {
            rules.add(new Rule(POST, path, "{}", true, EVERY_ROLE));
        }
        rules.add(new Rule(GET, "/api/payments/card/webhooks", null, false, Set.of()));
        rules.add(new Rule(GET, "/sandbox/pay/" + ID, null, true, EVERY_ROLE));
        rules.add(new Rule(POST, "/sandbox/pay/" + ID, "{}", true, EVERY_ROLE));
        rules.add(new Rule(GET, "/actuator/health", null, true, EVERY_ROLE));
        rules.add(new Rule(GET, "/v3/api-docs", null, true, EVERY_ROLE));
        rules.add(new Rule(POST, "/api/auth/password", "{}", false, EVERY_ROLE));
        Set<Role> customers = Set.of(Role.CUSTOMER);
        rules.add(new Rule(POST, "/api/carts", null, false, customers));
        rules.add(new Rule(POST, "/api/carts/" + ID + "/items", "{}", false, customers));
        rules.add(new Rule(PATCH, "/api/carts/" + ID + "/items/" + ID, "{}", false, customers));
        rules.add(new Rule(DELETE, "/api/carts/" + ID + "/items/" + ID, null, false, customers));
        rules.add(new Rule(POST, "/api/carts/" + ID + "/checkout", "{}", false, customers));
        rules.add(new Rule(POST, "/api/orders/" + ID + "/cancellation", null, false,
                Set.of(Role.CUSTOMER, Role.BACK_OFFICE, Role.ADMIN)));
        rules.add(new Rule(POST, "/api/orders/" + ID + "/refunds", "{}", false, customers));
        rules.add(new Rule(POST, "/api/refunds/" + ID + "/withdrawal", null, false, customers));
        rules.add(new Rule(POST, "/api/refunds/" + ID + "/return-shipment", "{}", false, customers));
        rules.add(new Rule(PATCH, "/api/customers/me", "{}", false, customers));
        rules.add(new Rule(POST, "/api/customers/me/addresses", "{}", false, customers));
        rules.add(new Rule(DELETE, "/api/customers/me/addresses/" + ID, null, false, customers));
        rules.add(new Rule(POST, "/api/customers/me/payment-methods", "{}", false, customers));
        rules.add(new Rule(DELETE, "/api/customers/me/payment-methods/" + ID, null, false, customers));
        Set<Role> staff = Set.of(Role.BACK_OFFICE, Role.ADMIN);
        rules.add(new Rule(POST, "/api/products", "{}", false, staff));
        rules.add(new Rule(PUT, "/api/products/" + PRODUCT, "{}", false, staff));
        rules.add(new Rule(POST, "/api/products/" + PRODUCT + "/publication", null, false, staff));
        rules.add(new Rule(DELETE, "/api/products/" + PRODUCT + "/publication", null, false, staff));
        rules.add(new Rule(PUT, "/api/products/" + PRODUCT + "/stock", "{}", false, staff));
        rules.add(new Rule(POST, "/api/products/" + PRODUCT + "/stock/receipts", "{}", false, staff));
        rules.add(new Rule(POST, "/api/orders/" + ID + "/fulfilment", null, false, staff));
        rules.add(new Rule(POST, "/api/orders/" + ID + "/shipment", "{}", false, staff));
        rules.add(new Rule(POST, "/api/orders/" + ID + "/delivery", null, false, staff));
        rules.add(new Rule(GET, "/api/payments/held", null, false, staff));
        rules.add(new Rule(GET, "/api/notifications/undelivered", null, false, staff));
        rules.add(new Rule(POST, "/api/payments/" + ID + "/approval", null, false, staff));
        rules.add(new Rule(POST, "/api/payments/" + ID + "/rejection", "{}", false, staff));
        rules.add(new Rule(POST, "/api/refunds/" + ID + "/approval", null, false, staff));
        rules.add(new Rule(POST, "/api/refunds/" + ID + "/rejection", "{}", false, staff));
        rules.add(new Rule(POST, "/api/refunds/" + ID + "/receipt", "{}", false, staff));
        rules.add(new Rule(POST, "/api/refunds/" + ID + "/retry", null, false, staff));
        rules.add(new Rule(GET, "/api/process-failures", null, false, staff));
        Set<Role> refundReaders = Set.of(Role.CUSTOMER, Role.BACK_OFFICE, Role.ADMIN);
        rules.add(new Rule(GET, "/api/refunds", null, false, refundReaders));
        rules.add(new Rule(GET, "/api/refunds/" + ID, null, false, refundReaders));
        rules.add(new Rule(GET, "/api/products/" + PRODUCT, null, false, Set.of()));
        Set<Role> admins = Set.of(Role.ADMIN);
        rules.add(new Rule(POST, "/api/admin/accounts", "{}", false, admins));
        rules.add(new Rule(GET, "/actuator/prometheus", null, false, admins));
        rules.add(new Rule(GET, "/actuator/metrics", null, false, admins));
        rules.add(new Rule(GET, "/api/anything-not-listed", null, false, Set.of()));
        return rules;
    }

    static Stream<Arguments> everyEndpointForEveryCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (Rule rule : rules()) {
            cases.add(Arguments.of(rule.method() + " " + rule.path(), rule, null, rule.open() ? "allowed" : "401"));
            for (Role role : Role.values()) {
                cases.add(Arguments.of(rule.method() + " " + rule.path(), rule, role,
                        rule.roles().contains(role) ? "allowed" : "403"));
            }
        }
        return cases.stream();
    }

    private HttpClientForTests http;

    @BeforeEach
    void setUp() {
        http = anonymous();
    }

    @ParameterizedTest(name = "{0} as {2}: {3}")
    @MethodSource("everyEndpointForEveryCaller")
    void every_endpoint_states_who_may_call_it(String endpoint, Rule rule, Role role, String expected) {
        String token = role == null ? null : tokens().forAccount(CustomerId.random(), role);

        Answer answer = http.as(token).send(rule.method(), rule.path(), rule.body());

        if (expected.equals("allowed")) {
            assertThat(answer.status()).as(endpoint + " as " + role).isNotIn(401, 403);
        } else {
            assertThat(answer.status()).as(endpoint + " as " + role).isEqualTo(Integer.parseInt(expected));
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }
}
