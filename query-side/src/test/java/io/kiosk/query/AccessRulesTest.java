package io.kiosk.query;

import io.kiosk.api.cart.CartCreated;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.catalog.ProductDefined;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductPublished;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.api.order.OrderId;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who may call which endpoint of the query API, as a table: one row per endpoint, one column per
 * kind of caller. The customer owns the order and the cart asked for; the other customer does not,
 * and has no cart of their own. The product
 * is on sale; a quote is asked for it with a valid body. The back office's replay is asked for a projection
 * that does not exist, so that checking who may ask rebuilds nothing.
 */
class AccessRulesTest extends QuerySideHttpTest {

    private static final CustomerId OWNER = CustomerId.random();
    private static final CustomerId OTHER_CUSTOMER = CustomerId.random();
    private static final OrderId OWNERS_ORDER = OrderId.random();
    private static final CartId OWNERS_CART = CartId.random();
    private static final ProductId PRODUCT = new ProductId("ks-access-" + UUID.randomUUID().toString().substring(0, 8));
    private static final String QUOTE = "{\"productId\":\"" + PRODUCT + "\",\"options\":{\"colour\":\"graphite\",\"size\":\"L\"},"
            + "\"quantity\":1,\"region\":\"SH\"}";
    private static boolean recorded;

    @BeforeEach
    void twoCustomersRegisteredAndOnePlacedAnOrder() {
        if (!recorded) {
            history.record(ExampleEvents.CUSTOMER, OWNER, ExampleEvents.registered(OWNER, "Mia Owner"));
            history.record(ExampleEvents.CUSTOMER, OTHER_CUSTOMER, ExampleEvents.registered(OTHER_CUSTOMER, "Noah Other"));
            history.record(ExampleEvents.ORDER, OWNERS_ORDER, ExampleEvents.orderPlaced(OWNERS_ORDER, OWNER));
            history.record(ExampleEvents.CART, OWNERS_CART, new CartCreated(OWNERS_CART, OWNER),
                    ExampleEvents.chargersAdded(OWNERS_CART, CartItemId.random(), 1));
            history.record(ExampleEvents.PRODUCT, PRODUCT, new ProductDefined(PRODUCT, ExampleEvents.charger("chargers")),
                    new ProductPublished(PRODUCT));
            recorded = true;
        }
        String ownersToken = identity.accessToken(OWNER, Role.CUSTOMER);
        eventually("/api/orders/" + OWNERS_ORDER, ownersToken, 200);
        eventually("/api/customers/me", ownersToken, 200);
        eventually("/api/carts/" + OWNERS_CART, ownersToken, 200);
        eventually("/api/customers/me", identity.accessToken(OTHER_CUSTOMER, Role.CUSTOMER), 200);
        eventually("/api/products/" + PRODUCT, null, 200);
    }

    @ParameterizedTest(name = "{0} {1} answers: anonymous {2}, customer {3}, other customer {4}, back office {5}, analyst {6}, admin {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # method | path                         | anonymous | customer | other customer | back office | analyst | admin
              GET    | /api/orders/{owners-order}   |    401    |   200    |      404       |     200     |   403   |  200
              GET    | /api/orders/{missing-order}  |    401    |   404    |      404       |     404     |   403   |  404
              GET    | /api/orders/not-an-id        |    401    |   400    |      400       |     400     |   403   |  400
              GET    | /api/orders/{missing-order}/live | 401 |   404    |      404       |     404     |   403   |  404
              GET    | /api/orders                  |    401    |   200    |      200       |     200     |   403   |  200
              GET    | /api/orders?status=PAID      |    401    |   200    |      200       |     200     |   403   |  200
              GET    | /api/orders?customerId={owner} |  401    |   400    |      400       |     200     |   403   |  200
              GET    | /api/customers/me            |    401    |   200    |      200       |     403     |   403   |  403
              GET    | /api/carts/{owners-cart}     |    401    |   200    |      404       |     200     |   403   |  200
              GET    | /api/carts/{missing-cart}    |    401    |   404    |      404       |     404     |   403   |  404
              GET    | /api/carts/not-an-id         |    401    |   400    |      400       |     400     |   403   |  400
              GET    | /api/carts/current           |    401    |   200    |      404       |     403     |   403   |  403
              GET    | /api/carts/{owners-cart}?position=0 | 401 | 200   |      404       |     200     |   403   |  200
              GET    | /api/carts                   |    401    |   403    |      403       |     403     |   403   |  403
              POST   | /api/carts                   |    401    |   403    |      403       |     403     |   403   |  403
              DELETE | /api/carts/{owners-cart}     |    401    |   403    |      403       |     403     |   403   |  403
              GET    | /api/search/orders           |    401    |   403    |      403       |     200     |   403   |  200
              GET    | /api/search/orders?q=充电器&status=PAID&sort=total,asc | 401 | 403 | 403  |     200     |   403   |  200
              GET    | /api/search/orders?size=0    |    401    |   403    |      403       |     400     |   403   |  400
              POST   | /api/search/orders           |    401    |   403    |      403       |     403     |   403   |  403
              GET    | /api/orders/{owners-order}/history |  401  |   403    |      403       |     200     |   403   |  200
              GET    | /api/orders/{owners-order}/as-of?at=2030-01-01T00:00:00Z | 401 | 403 | 403 | 200  |   403   |  200
              GET    | /api/orders/{missing-order}/history | 401  |   403    |      403       |     404     |   403   |  404
              GET    | /api/admin/projections       |    401    |   403    |      403       |     200     |   403   |  200
              GET    | /api/admin/projections/order-tracking | 401 | 403   |      403       |     200     |   403   |  200
              POST   | /api/admin/projections/no-such-projection/replay | 401 | 403 | 403  |     404     |   403   |  404
              PUT    | /api/admin/projections/order-tracking | 401 | 403   |      403       |     403     |   403   |  403
              GET    | /api/admin/dead-letters      |    401    |   403    |      403       |     200     |   403   |  200
              GET    | /api/admin/dead-letters?projection=order-tracking | 401 | 403 | 403   |     200     |   403   |  200
              POST   | /api/admin/dead-letters/order-tracking/{missing-order}/retry | 401 | 403 | 403 | 404 | 403  |  404
              DELETE | /api/admin/dead-letters/order-tracking/{missing-order}?reason=test | 401 | 403 | 403 | 404 | 403 | 404
              GET    | /api/products                |    200    |   200    |      200       |     200     |   200   |  200
              GET    | /api/delivery-regions        |    200    |   200    |      200       |     200     |   200   |  200
              POST   | /api/delivery-regions        |    401    |   403    |      403       |     403     |   403   |  403
              GET    | /api/products?q=充电器        |    200    |   200    |      200       |     200     |   200   |  200
              GET    | /api/products/{product}      |    200    |   200    |      200       |     200     |   200   |  200
              GET    | /api/products/{missing-product} |  404   |   404    |      404       |     404     |   404   |  404
              POST   | /api/quotes                  |    200    |   200    |      200       |     200     |   200   |  200
              GET    | /api/analytics/sales?from=2031-01-01&to=2031-01-31           | 401 | 403 | 403 | 403 | 200 | 200
              GET    | /api/analytics/sales?from=2031-01-01&to=2031-01-31&by=product | 401 | 403 | 403 | 403 | 200 | 200
              GET    | /api/analytics/funnel?from=2031-01-01&to=2031-01-31          | 401 | 403 | 403 | 403 | 200 | 200
              GET    | /api/analytics/refunds?from=2031-01-01&to=2031-01-31         | 401 | 403 | 403 | 403 | 200 | 200
              GET    | /api/analytics/payment-methods?from=2031-01-01&to=2031-01-31 | 401 | 403 | 403 | 403 | 200 | 200
              GET    | /api/analytics/heatmap?from=2031-01-01&to=2031-01-31         | 401 | 403 | 403 | 403 | 200 | 200
              GET    | /api/analytics/top-products?from=2031-01-01&to=2031-01-31    | 401 | 403 | 403 | 403 | 200 | 200
              GET    | /api/analytics/sales                                         | 401 | 403 | 403 | 403 | 400 | 400
              POST   | /api/analytics/sales                                         | 401 | 403 | 403 | 403 | 403 | 403
              GET    | /actuator/health             |    200    |   200    |      200       |     200     |   200   |  200
              GET    | /actuator/health/liveness    |    200    |   200    |      200       |     200     |   200   |  200
              GET    | /actuator/health/readiness   |    200    |   200    |      200       |     200     |   200   |  200
              GET    | /actuator/info               |    200    |   200    |      200       |     200     |   200   |  200
              GET    | /actuator/prometheus         |    401    |   403    |      403       |     403     |   403   |  200
              GET    | /actuator/metrics            |    401    |   403    |      403       |     403     |   403   |  200
              GET    | /actuator/env                |    401    |   403    |      403       |     403     |   403   |  404
              GET    | /v3/api-docs                 |    200    |   200    |      200       |     200     |   200   |  200
              GET    | /swagger-ui/index.html       |    200    |   200    |      200       |     200     |   200   |  200
              GET    | /swagger-ui.html             |    302    |   302    |      302       |     302     |   302   |  302
              GET    | /api/customers/{owner}       |    401    |   403    |      403       |     403     |   403   |  403
              DELETE | /api/orders/{owners-order}   |    401    |   403    |      403       |     403     |   403   |  403
              PUT    | /api/products/{product}      |    401    |   403    |      403       |     403     |   403   |  403
              DELETE | /api/products/{product}      |    401    |   403    |      403       |     403     |   403   |  403
              POST   | /api/products                |    401    |   403    |      403       |     403     |   403   |  403
              GET    | /api/quotes                  |    401    |   403    |      403       |     403     |   403   |  403
              GET    | /error                       |    401    |   403    |      403       |     403     |   403   |  403
              GET    | /somewhere/else              |    401    |   403    |      403       |     403     |   403   |  403
            """)
    void every_endpoint_answers_each_kind_of_caller_as_the_access_rules_say(
            String method, String path, int anonymous, int customer, int otherCustomer, int backOffice, int analyst, int admin) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("anonymous", anonymous);
        expected.put("customer", customer);
        expected.put("other customer", otherCustomer);
        expected.put("back office", backOffice);
        expected.put("analyst", analyst);
        expected.put("admin", admin);
        String resolved = path
                .replace("{owners-order}", OWNERS_ORDER.toString())
                .replace("{missing-order}", OrderId.random().toString())
                .replace("{owners-cart}", OWNERS_CART.toString())
                .replace("{missing-cart}", CartId.random().toString())
                .replace("{owner}", OWNER.toString())
                .replace("{missing-product}", "ks-missing-" + UUID.randomUUID().toString().substring(0, 8))
                .replace("{product}", PRODUCT.toString());
        String body = method.equals("POST") && path.equals("/api/quotes") ? QUOTE : null;

        SoftAssertions softly = new SoftAssertions();
        expected.forEach((caller, status) -> {
            HttpClientForTests.Answer answer = http.send(HttpMethod.valueOf(method), resolved, tokenOf(caller), body);
            softly.assertThat(answer.status()).as("%s %s as %s: %s", method, path, caller, answer).isEqualTo(status);
            if (status == 401 || status == 403) {
                softly.assertThat(answer.contentType()).as("%s %s as %s", method, path, caller)
                        .startsWith("application/problem+json");
            }
        });
        softly.assertAll();
    }

    private String tokenOf(String caller) {
        return switch (caller) {
            case "anonymous" -> null;
            case "customer" -> identity.accessToken(OWNER, Role.CUSTOMER);
            case "other customer" -> identity.accessToken(OTHER_CUSTOMER, Role.CUSTOMER);
            case "back office" -> identity.accessToken(CustomerId.random(), Role.BACK_OFFICE);
            case "analyst" -> identity.accessToken(CustomerId.random(), Role.ANALYST);
            case "admin" -> identity.accessToken(CustomerId.random(), Role.ADMIN);
            default -> throw new IllegalArgumentException(caller);
        };
    }
}
