package io.kiosk.command.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.inventory.CountStock;
import io.kiosk.api.inventory.ReservationId;
import io.kiosk.api.inventory.ReserveStock;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.command.CommandSideHttpTest;
import io.kiosk.command.catalog.TestProducts;
import io.kiosk.command.identity.CallerMetaData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many customers racing for the last units of one variant, through the real command bus and the
 * event store in PostgreSQL: stock never goes below zero, the stored events add up, and every refusal is answered and
 * recorded as an event.
 */
class StockReservationRaceTest extends CommandSideHttpTest {

    private static final int UNITS = 10;
    private static final int THREADS = 16;
    private static final int RESERVATIONS_PER_THREAD = 4;

    @Test
    void customers_racing_for_the_last_units_never_get_more_than_there_are() throws Exception {
        ProductId product = new ProductId(TestProducts.uniqueId("ks-race"));
        ChosenOptions variant = new ChosenOptions(Map.of("colour", "graphite", "size", "L"));
        StockItemId stockItem = StockItemId.of(product, variant);
        commands.sendAndWait(new CountStock(stockItem, product, variant, UNITS), CallerMetaData.bySystem());

        ConcurrentLinkedQueue<ReservationId> granted = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService customers = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> racing = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            racing.add(customers.submit((Callable<Void>) () -> {
                start.await();
                for (int attempt = 0; attempt < RESERVATIONS_PER_THREAD; attempt++) {
                    ReservationId reservation = ReservationId.random();
                    StockReservation answer = commands.sendAndWait(new ReserveStock(stockItem, reservation, new Quantity(1)));
                    if (answer.held()) {
                        granted.add(reservation);
                    } else {
                        refused.add(answer.refusal());
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> customer : racing) {
            customer.get(2, TimeUnit.MINUTES);
        }
        customers.shutdown();

        assertThat(granted).hasSize(UNITS);
        assertThat(refused).hasSize(THREADS * RESERVATIONS_PER_THREAD - UNITS)
                .containsOnly("insufficient-stock");

        List<String> types = new ArrayList<>();
        List<JsonNode> events = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("select payload_type, convert_from(payload, 'UTF8') as payload"
                + " from eventstore.domain_event_entry where aggregate_identifier = ? order by sequence_number",
                stockItem.value())) {
            types.add((String) row.get("payload_type"));
            events.add(json.readTree((String) row.get("payload")));
        }
        assertThat(types.get(0)).isEqualTo("io.kiosk.api.inventory.StockCounted");
        List<JsonNode> reservations = new ArrayList<>();
        for (int event = 1; event < types.size(); event++) {
            if (types.get(event).equals("io.kiosk.api.inventory.StockReserved")) {
                reservations.add(events.get(event));
            } else {
                assertThat(types.get(event)).as("every other event records a refusal").isEqualTo("io.kiosk.api.inventory.StockReservationRefused");
                assertThat(events.get(event).path("available").asInt()).isZero();
            }
        }
        assertThat(types).filteredOn("io.kiosk.api.inventory.StockReservationRefused"::equals)
                .hasSize(THREADS * RESERVATIONS_PER_THREAD - UNITS);
        assertThat(reservations).hasSize(UNITS);
        int reserved = 0;
        for (JsonNode reservation : reservations) {
            reserved += reservation.path("quantity").asInt();
            assertThat(reservation.path("reserved").asInt()).as("levels after each reservation").isEqualTo(reserved);
            assertThat(reservation.path("onHand").asInt()).isEqualTo(UNITS);
        }
        assertThat(reserved).isEqualTo(UNITS);
        assertThat(reservations.stream().map(event -> event.path("reservationId").asText()))
                .containsExactlyInAnyOrderElementsOf(granted.stream().map(ReservationId::toString).toList());
    }
}
