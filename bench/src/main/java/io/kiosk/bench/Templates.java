package io.kiosk.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The journeys the history is made of, run for real over HTTP: how each order of a busy shop ends.
 * Out of every 20 orders, 9 are delivered, 4 paid and waiting to ship, 2 delivered and refunded,
 * 2 cancelled before payment and 3 never paid; each holds one to three of the catalogue's
 * configurations, paid with Alipay, WeChat Pay or card in turn.
 */
final class Templates {

    private static final List<String> KINDS = List.of(
            "DELIVERED", "PAID", "DELIVERED", "AWAITING_PAYMENT", "DELIVERED", "REFUNDED", "PAID", "DELIVERED", "CANCELLED",
            "DELIVERED", "AWAITING_PAYMENT", "PAID", "DELIVERED", "REFUNDED", "DELIVERED", "CANCELLED", "PAID", "DELIVERED",
            "AWAITING_PAYMENT", "DELIVERED");

    /** A journey that was run: how it ended, and the ids of its cart and order. */
    record Recorded(String kind, String cartId, String orderId) {
    }

    private Templates() {
    }

    static List<Recorded> run(Shop shop, Api customerCommands, Api customerQueries, Api anonymousCommands, Api backOffice)
            throws IOException, InterruptedException {
        SplittableRandom random = new SplittableRandom(7);
        List<Recorded> recorded = new ArrayList<>();
        for (int n = 0; n < KINDS.size(); n++) {
            String kind = KINDS.get(n);
            String cart = shop.openCart(customerCommands);
            int lines = 1 + random.nextInt(3);
            for (int line = 0; line < lines; line++) {
                shop.addItem(customerCommands, cart, shop.item(random.nextInt(shop.itemCount())));
            }
            String order = shop.checkout(customerCommands, cart, Shop.PAYMENT_METHODS.get(n % Shop.PAYMENT_METHODS.size()))
                    .text("orderId");
            String page = shop.paymentPage(customerQueries, order);
            switch (kind) {
                case "AWAITING_PAYMENT" -> shop.awaitStatus(customerQueries, order, "AWAITING_PAYMENT");
                case "CANCELLED" -> {
                    customerCommands.post("/api/orders/" + order + "/cancellation", null).expect(200);
                    shop.awaitStatus(customerQueries, order, "CANCELLED");
                }
                default -> {
                    shop.pay(anonymousCommands, page);
                    shop.awaitStatus(customerQueries, order, "PAID");
                    if (!kind.equals("PAID")) {
                        shop.deliver(backOffice, order);
                        shop.awaitStatus(customerQueries, order, "DELIVERED");
                    }
                    if (kind.equals("REFUNDED")) {
                        String refund = customerCommands.post("/api/orders/" + order + "/refunds", """
                                {"reason":"DAMAGED","note":"arrived scratched"}""").expect(201).text("refundId");
                        backOffice.post("/api/refunds/" + refund + "/approval", null).expect(200);
                        shop.await(customerQueries, order, answer -> answer.text("refundState").equals("FULLY_REFUNDED"));
                    }
                }
            }
            recorded.add(new Recorded(kind, cart, order));
        }
        return recorded;
    }
}
