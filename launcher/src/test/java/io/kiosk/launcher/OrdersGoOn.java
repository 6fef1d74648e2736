package io.kiosk.launcher;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What must hold of the orders a fault test placed once the fault is over, read from the event log. */
final class OrdersGoOn {

    private OrdersGoOn() {
    }

    /**
     * Each order holds its unit or has given it back (it may expire meanwhile: the system tests' orders wait 60 s for
     * their money), the order process asked for each one's money, and every unit is on the shelf or held by one order.
     */
    static void assertEveryOrderGoesOnAndTheStockBalances(EventLog events, String productId, int stock, List<String> orders) {
        for (String order : orders) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    assertThat(events.payloads("io.kiosk.api.payment.PaymentRequested", "orderId", order))
                            .as("payment asked for order " + order).hasSize(1));
        }
        // read again until no order expired between reading the level and reading the events
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Map<String, Object> level = events.rows("SELECT stock_item_id, on_hand, reserved FROM command.stock_levels"
                    + " WHERE stock_item_id LIKE ?", productId + "/%").get(0);
            String stockItem = (String) level.get("stock_item_id");
            List<JsonNode> reserved = events.payloads("io.kiosk.api.inventory.StockReserved", "stockItemId", stockItem);
            List<JsonNode> released = events.payloads("io.kiosk.api.inventory.StockReleased", "stockItemId", stockItem);
            assertThat(reserved).as("one reservation per order").hasSize(orders.size())
                    .extracting(payload -> payload.path("reservationId").asText()).doesNotHaveDuplicates();
            assertThat(level.get("on_hand")).as("nothing was sold").isEqualTo(stock);
            assertThat(level.get("reserved")).as("units held = reserved - given back")
                    .isEqualTo(units(reserved) - units(released));
        });
    }

    private static int units(List<JsonNode> stockEvents) {
        return stockEvents.stream().mapToInt(payload -> payload.path("quantity").asInt()).sum();
    }

    /**
     * No mail to the customers this test named {@code customersNamed} (their names start so) went twice: no two with the
     * same recipient, subject and text (each names its order or code). Only the
     * test's own customers: the suite's mailbox holds every fault test's mails, and a {@code kill -9} of the command
     * side between the mail server's acceptance and the outbox's commit sends that one mail again (SMTP knows no
     * transactions; see {@code OutboxWorker}), which is that test's fault, not this one's.
     */
    static void assertEachMailSentOnce(LocalMailbox mailbox, String customersNamed) {
        String addressesStart = customersNamed.toLowerCase().replace(' ', '.') + ".";
        assertThat(mailbox.mails()).filteredOn(mail -> mail.to().startsWith(addressesStart))
                .as("mails sent to " + customersNamed + "…").isNotEmpty().doesNotHaveDuplicates();
    }
}
