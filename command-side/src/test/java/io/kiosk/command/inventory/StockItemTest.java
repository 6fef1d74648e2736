package io.kiosk.command.inventory;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.inventory.CountStock;
import io.kiosk.api.inventory.MakeVariantToOrder;
import io.kiosk.api.inventory.ReceiveStock;
import io.kiosk.api.inventory.ReservationId;
import io.kiosk.api.inventory.StockCounted;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.inventory.StockReceived;
import io.kiosk.api.inventory.StockReserved;
import io.kiosk.api.inventory.VariantMadeToOrder;
import io.kiosk.command.identity.CallerMetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.kiosk.command.Refusals.refusal;
import static io.kiosk.command.RuleViolation.Kind.CONFLICT;
import static io.kiosk.command.RuleViolation.Kind.FORBIDDEN;
import static io.kiosk.command.RuleViolation.Kind.UNPROCESSABLE;

/** The stock of a variant as the back office keeps it: stocktakes, receipts, made to order. */
class StockItemTest {

    private static final ProductId CHARGER = new ProductId("ks-charger-pro");
    private static final ChosenOptions GRAPHITE_L = new ChosenOptions(Map.of("colour", "graphite", "size", "L"));
    private static final StockItemId ITEM = StockItemId.of(CHARGER, GRAPHITE_L);
    private static final ReservationId MIAS_LINE = ReservationId.random();
    private static final Map<String, ?> BY_STAFF = Map.of(CallerMetaData.ACCOUNT_ID, CustomerId.random().toString());

    private FixtureConfiguration<StockItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StockItem.class);
    }

    private static StockCounted counted(int onHand, int reserved) {
        return new StockCounted(ITEM, CHARGER, GRAPHITE_L, onHand, reserved);
    }

    private static StockReserved miaReserved(int quantity, int onHand, int reserved) {
        return new StockReserved(ITEM, CHARGER, MIAS_LINE, quantity, onHand, reserved);
    }

    @Test
    void the_first_stocktake_of_a_variant_creates_its_stock_item() {
        fixture.givenNoPriorActivity()
                .when(new CountStock(ITEM, CHARGER, GRAPHITE_L, 40), BY_STAFF)
                .expectEvents(counted(40, 0))
                .expectResultMessagePayload(new StockUpdate(ITEM, 40, 0, 40, null, 0));
    }

    @Test
    void a_stocktake_sets_the_units_on_hand_and_keeps_the_reserved_ones() {
        fixture.given(counted(10, 0), miaReserved(3, 10, 3))
                .when(new CountStock(ITEM, CHARGER, GRAPHITE_L, 7), BY_STAFF)
                .expectEvents(counted(7, 3))
                .expectResultMessagePayload(new StockUpdate(ITEM, 7, 3, 4, null, 2));
    }

    @Test
    void a_stocktake_cannot_count_fewer_units_than_are_reserved() {
        fixture.given(counted(10, 0), miaReserved(3, 10, 3))
                .when(new CountStock(ITEM, CHARGER, GRAPHITE_L, 2), BY_STAFF)
                .expectException(refusal(CONFLICT, "count-below-reserved"))
                .expectExceptionMessage("3 units of ks-charger-pro/colour=graphite;size=L are reserved for orders;"
                        + " a count of 2 cannot be right")
                .expectNoEvents();
    }

    @Test
    void a_stocktake_that_finds_what_was_known_records_nothing() {
        fixture.given(counted(10, 0))
                .when(new CountStock(ITEM, CHARGER, GRAPHITE_L, 10), BY_STAFF)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_negative_or_absurd_count_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new CountStock(ITEM, CHARGER, GRAPHITE_L, -1), BY_STAFF)
                .expectException(refusal(UNPROCESSABLE, "invalid-stock-count"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new CountStock(ITEM, CHARGER, GRAPHITE_L, StockItem.MAX_ON_HAND + 1), BY_STAFF)
                .expectException(refusal(UNPROCESSABLE, "too-much-stock"))
                .expectNoEvents();
    }

    @Test
    void a_stock_item_is_named_after_its_product_and_variant() {
        fixture.givenNoPriorActivity()
                .when(new CountStock(ITEM, CHARGER, new ChosenOptions(Map.of("colour", "rose", "size", "L")), 5), BY_STAFF)
                .expectException(refusal(UNPROCESSABLE, "invalid-stock-item"))
                .expectNoEvents();
    }

    @Test
    void received_units_add_to_those_on_hand() {
        fixture.given(counted(10, 0), miaReserved(3, 10, 3))
                .when(new ReceiveStock(ITEM, CHARGER, GRAPHITE_L, 20), BY_STAFF)
                .expectEvents(new StockReceived(ITEM, CHARGER, GRAPHITE_L, 20, 30, 3, null))
                .expectResultMessagePayload(new StockUpdate(ITEM, 30, 3, 27, null, 2));
    }

    @Test
    void the_first_receipt_of_a_variant_creates_its_stock_item() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveStock(ITEM, CHARGER, GRAPHITE_L, 20), BY_STAFF)
                .expectEvents(new StockReceived(ITEM, CHARGER, GRAPHITE_L, 20, 20, 0, null));
    }

    @Test
    void a_receipt_brings_at_least_one_unit() {
        fixture.given(counted(10, 0))
                .when(new ReceiveStock(ITEM, CHARGER, GRAPHITE_L, 0), BY_STAFF)
                .expectException(refusal(UNPROCESSABLE, "invalid-quantity"))
                .expectNoEvents();
    }

    @Test
    void a_made_to_order_variant_receives_no_stock_until_it_is_counted_again() {
        fixture.given(new VariantMadeToOrder(ITEM, CHARGER, GRAPHITE_L, 10))
                .when(new ReceiveStock(ITEM, CHARGER, GRAPHITE_L, 5), BY_STAFF)
                .expectException(refusal(CONFLICT, "variant-made-to-order"))
                .expectNoEvents();
        fixture.given(new VariantMadeToOrder(ITEM, CHARGER, GRAPHITE_L, 10))
                .when(new CountStock(ITEM, CHARGER, GRAPHITE_L, 5), BY_STAFF)
                .expectEvents(counted(5, 0));
    }

    @Test
    void a_variant_is_made_to_order_with_a_lead_time() {
        fixture.givenNoPriorActivity()
                .when(new MakeVariantToOrder(ITEM, CHARGER, GRAPHITE_L, 10), BY_STAFF)
                .expectEvents(new VariantMadeToOrder(ITEM, CHARGER, GRAPHITE_L, 10))
                .expectResultMessagePayload(new StockUpdate(ITEM, 0, 0, null, 10, 0));
        fixture.given(counted(10, 0))
                .when(new MakeVariantToOrder(ITEM, CHARGER, GRAPHITE_L, 10), BY_STAFF)
                .expectEvents(new VariantMadeToOrder(ITEM, CHARGER, GRAPHITE_L, 10));
    }

    @Test
    void making_a_variant_to_order_as_it_is_already_changes_nothing() {
        fixture.given(new VariantMadeToOrder(ITEM, CHARGER, GRAPHITE_L, 10))
                .when(new MakeVariantToOrder(ITEM, CHARGER, GRAPHITE_L, 10), BY_STAFF)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_lead_time_is_at_most_a_year() {
        fixture.givenNoPriorActivity()
                .when(new MakeVariantToOrder(ITEM, CHARGER, GRAPHITE_L, 366), BY_STAFF)
                .expectException(refusal(UNPROCESSABLE, "invalid-lead-time"))
                .expectNoEvents();
    }

    @Test
    void stock_changed_by_hand_must_name_who_changed_it() {
        fixture.givenNoPriorActivity()
                .when(new CountStock(ITEM, CHARGER, GRAPHITE_L, 40))
                .expectException(refusal(FORBIDDEN, "caller-unknown"))
                .expectNoEvents();
        fixture.given(counted(10, 0))
                .when(new ReceiveStock(ITEM, CHARGER, GRAPHITE_L, 1))
                .expectException(refusal(FORBIDDEN, "caller-unknown"))
                .expectNoEvents();
    }
}
