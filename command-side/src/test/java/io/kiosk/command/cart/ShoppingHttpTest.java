package io.kiosk.command.cart;

import io.kiosk.command.CommandSideHttpTest;
import io.kiosk.command.HttpClientForTests;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.catalog.BackOfficeClient;
import io.kiosk.command.catalog.TestProducts;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;

/**
 * The stage of the cart tests over HTTP: before each test the back office offers a charger and a lock of the test's
 * own (see {@link TestProducts} for their prices), and a new customer goes shopping. Adds no configuration: the
 * tests run in {@link CommandSideHttpTest}'s context.
 */
abstract class ShoppingHttpTest extends CommandSideHttpTest {

    /** The customer's client. */
    HttpClientForTests http;
    BackOfficeClient backOffice;
    String chargerId;
    String lockId;
    /** Two graphite L chargers at the price the customer saw. */
    String twoChargers;

    @BeforeEach
    void offerAChargerAndALock() {
        http = newCustomer();
        backOffice = newBackOffice();
        chargerId = TestProducts.uniqueId("ks-charger-pro");
        lockId = TestProducts.uniqueId("ks-smart-lock");
        backOffice.offer(chargerId, TestProducts.charger());
        backOffice.offer(lockId, TestProducts.lock());
        twoChargers = """
                {"productId":"%s","options":{"colour":"graphite","size":"L"},
                 "quantity":2,"unitPrice":{"amount":199.00,"currency":"CNY"}}""".formatted(chargerId);
    }

    /** A new cart of the customer's. */
    String newCart() {
        Answer created = http.send(POST, "/api/carts", null);
        assertThat(created.status()).isEqualTo(201);
        return created.text("cartId");
    }
}
