package io.kiosk.command.unpaid;

import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.SandboxHttpTest;
import io.kiosk.command.TestCheckout;
import io.kiosk.command.orderprocess.OrderJourney;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cap on what a customer has ordered and not paid, over HTTP at its defaults (five orders, fifty units): a checkout
 * past it is refused naming the cap, the cart stays open, and paying an order makes room.
 */
class UnpaidOrderCapHttpTest extends SandboxHttpTest {

    private static final String CHECKOUT = TestCheckout.body("ALIPAY", "SH");

    private static void assertRefusedNaming(Answer answer, String type, String limit, int max) {
        assertProblem(answer, 422, type, null);
        assertThat(answer.text("limit")).isEqualTo(limit);
        assertThat(answer.body().path("max").asInt()).isEqualTo(max);
    }

    @Test
    void a_sixth_unpaid_order_is_refused_naming_the_cap_and_goes_through_once_an_order_is_paid() {
        OrderJourney journey = newOrderJourney();
        journey.restock(100);
        List<String> orders = new ArrayList<>();
        for (int order = 0; order < 5; order++) {
            orders.add(journey.checkOutTwoChargersAs(journey.customer, CHECKOUT));
        }
        String sixth = journey.cartOf(journey.customer, 2);

        Answer refused = journey.checkOut(journey.customer, sixth, CHECKOUT);

        assertRefusedNaming(refused, "unpaid-orders-limit", "kiosk.orders.unpaid.max-orders", 5);
        assertThat(journey.chooseOnSandboxPage(journey.paymentRequestedFor(orders.get(0)), "pay").status()).isEqualTo(200);
        journey.eventsWith(orders.get(0), "OrderPaid");
        assertThat(journey.checkOut(journey.customer, sixth, CHECKOUT).status()).as("the same cart, once an order is paid")
                .isEqualTo(201);
    }

    @Test
    void an_order_that_would_hold_more_than_fifty_unpaid_units_is_refused_naming_the_cap() {
        OrderJourney journey = newOrderJourney();
        journey.restock(200);
        journey.checkOutTwoChargersAs(journey.customer, CHECKOUT);

        Answer refused = journey.checkOut(journey.customer, journey.cartOf(journey.customer, 49), CHECKOUT);

        assertRefusedNaming(refused, "unpaid-units-limit", "kiosk.orders.unpaid.max-units", 50);
        assertThat(journey.checkOut(journey.customer, journey.cartOf(journey.customer, 48), CHECKOUT).status())
                .as("up to the cap").isEqualTo(201);
        assertThat(journey.checkOutTwoChargersAs(journey.stranger(), CHECKOUT)).as("other customers are not held up").isNotBlank();
    }

    @Test
    void two_checkouts_at_once_cannot_both_slip_under_the_cap() throws Exception {
        OrderJourney journey = newOrderJourney();
        journey.restock(100);
        for (int order = 0; order < 4; order++) {
            journey.checkOutTwoChargersAs(journey.customer, CHECKOUT);
        }
        String one = journey.cartOf(journey.customer, 2);
        String other = journey.cartOf(journey.customer, 2);
        CountDownLatch start = new CountDownLatch(1);

        CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() -> checkOutWhenStarted(journey, one, start));
        CompletableFuture<Answer> second = CompletableFuture.supplyAsync(() -> checkOutWhenStarted(journey, other, start));
        start.countDown();

        assertThat(List.of(first.get().status(), second.get().status())).containsExactlyInAnyOrder(201, 422);
    }

    private static Answer checkOutWhenStarted(OrderJourney journey, String cart, CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return journey.checkOut(journey.customer, cart, CHECKOUT);
    }
}
