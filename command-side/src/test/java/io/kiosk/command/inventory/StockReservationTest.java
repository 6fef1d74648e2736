package io.kiosk.command.inventory;

import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.inventory.CommitStock;
import io.kiosk.api.inventory.CountStock;
import io.kiosk.api.inventory.ReleaseStock;
import io.kiosk.api.inventory.ReservationId;
import io.kiosk.api.inventory.ReserveStock;
import io.kiosk.api.inventory.ReturnStock;
import io.kiosk.api.inventory.StockCommitted;
import io.kiosk.api.inventory.StockCounted;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.inventory.StockReceived;
import io.kiosk.api.inventory.StockReleased;
import io.kiosk.api.inventory.StockReservationRefused;
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

/**
 * Orders reserve units of a variant, then commit them (they leave with the order) or release them;
 * every step names its reservation and applies once, so the order process may repeat it. A reservation the stock
 * cannot hold is refused with an event and an answer, never an exception.
 */
class StockReservationTest {

    private static final ProductId CHARGER = new ProductId("ks-charger-pro");
    private static final ChosenOptions GRAPHITE_L = new ChosenOptions(Map.of("colour", "graphite", "size", "L"));
    private static final StockItemId ITEM = StockItemId.of(CHARGER, GRAPHITE_L);
    private static final ReservationId MIAS_LINE = ReservationId.random();
    private static final ReservationId LEOS_LINE = ReservationId.random();
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

    private static ReserveStock reserve(ReservationId reservation, int quantity) {
        return new ReserveStock(ITEM, reservation, new Quantity(quantity));
    }

    @Test
    void a_reservation_holds_available_units() {
        fixture.given(counted(10, 0))
                .when(reserve(MIAS_LINE, 3))
                .expectEvents(miaReserved(3, 10, 3))
                .expectResultMessagePayload(new StockReservation(ITEM, MIAS_LINE, true, null));
    }

    @Test
    void a_reservation_may_take_the_last_unit() {
        fixture.given(counted(10, 0), miaReserved(7, 10, 7))
                .when(reserve(LEOS_LINE, 3))
                .expectEvents(new StockReserved(ITEM, CHARGER, LEOS_LINE, 3, 10, 10));
    }

    @Test
    void a_reservation_never_takes_more_than_is_available_and_the_refusal_is_recorded() {
        fixture.given(counted(10, 0), miaReserved(7, 10, 7))
                .when(reserve(LEOS_LINE, 4))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StockReservationRefused(ITEM, CHARGER, LEOS_LINE, 4, 3, "insufficient-stock"))
                .expectResultMessagePayload(new StockReservation(ITEM, LEOS_LINE, false, "insufficient-stock"));
        fixture.given(counted(10, 0), miaReserved(10, 10, 10))
                .when(reserve(LEOS_LINE, 1))
                .expectEvents(new StockReservationRefused(ITEM, CHARGER, LEOS_LINE, 1, 0, "insufficient-stock"));
    }

    @Test
    void a_refused_reservation_asked_again_is_refused_again_without_a_second_record() {
        fixture.given(counted(10, 0), miaReserved(10, 10, 10),
                        new StockReservationRefused(ITEM, CHARGER, LEOS_LINE, 1, 0, "insufficient-stock"))
                .when(reserve(LEOS_LINE, 1))
                .expectNoEvents()
                .expectResultMessagePayload(new StockReservation(ITEM, LEOS_LINE, false, "insufficient-stock"));
    }

    @Test
    void a_variant_nobody_stocked_refuses_its_reservation_and_can_be_stocked_afterwards() {
        fixture.givenNoPriorActivity()
                .when(reserve(MIAS_LINE, 1))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StockReservationRefused(ITEM, null, MIAS_LINE, 1, 0, "unknown-stock-item"))
                .expectResultMessagePayload(new StockReservation(ITEM, MIAS_LINE, false, "unknown-stock-item"));
        fixture.given(new StockReservationRefused(ITEM, null, MIAS_LINE, 1, 0, "unknown-stock-item"))
                .when(new CountStock(ITEM, CHARGER, GRAPHITE_L, 0), BY_STAFF)
                .expectEvents(new StockCounted(ITEM, CHARGER, GRAPHITE_L, 0, 0));
    }

    @Test
    void a_made_to_order_variant_accepts_any_quantity_and_holds_no_units() {
        fixture.given(counted(2, 0), new VariantMadeToOrder(ITEM, CHARGER, GRAPHITE_L, 10))
                .when(reserve(MIAS_LINE, 500))
                .expectEvents(miaReserved(500, 2, 0))
                .expectResultMessagePayload(new StockReservation(ITEM, MIAS_LINE, true, null));
    }

    @Test
    void repeating_a_reservation_changes_nothing() {
        fixture.given(counted(10, 0), miaReserved(3, 10, 3))
                .when(reserve(MIAS_LINE, 3))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new StockReservation(ITEM, MIAS_LINE, true, null));
    }

    @Test
    void a_reservation_that_was_settled_is_not_made_again() {
        fixture.given(counted(10, 0), miaReserved(3, 10, 3), new StockReleased(ITEM, CHARGER, MIAS_LINE, 3, 10, 0))
                .when(reserve(MIAS_LINE, 3))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(counted(10, 0), miaReserved(3, 10, 3), new StockCommitted(ITEM, CHARGER, MIAS_LINE, 3, 7, 0))
                .when(reserve(MIAS_LINE, 3))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void releasing_a_reservation_gives_its_units_back() {
        fixture.given(counted(10, 0), miaReserved(3, 10, 3))
                .when(new ReleaseStock(ITEM, MIAS_LINE))
                .expectEvents(new StockReleased(ITEM, CHARGER, MIAS_LINE, 3, 10, 0))
                .expectResultMessagePayload(new StockUpdate(ITEM, 10, 0, 10, null, 2));
    }

    @Test
    void releasing_an_unknown_or_settled_reservation_changes_nothing() {
        fixture.given(counted(10, 0))
                .when(new ReleaseStock(ITEM, MIAS_LINE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(counted(10, 0), miaReserved(3, 10, 3), new StockReleased(ITEM, CHARGER, MIAS_LINE, 3, 10, 0))
                .when(new ReleaseStock(ITEM, MIAS_LINE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(counted(10, 0), miaReserved(3, 10, 3), new StockCommitted(ITEM, CHARGER, MIAS_LINE, 3, 7, 0))
                .when(new ReleaseStock(ITEM, MIAS_LINE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void committing_a_reservation_takes_its_units_off_the_shelf() {
        fixture.given(counted(10, 0), miaReserved(3, 10, 3))
                .when(new CommitStock(ITEM, MIAS_LINE))
                .expectEvents(new StockCommitted(ITEM, CHARGER, MIAS_LINE, 3, 7, 0))
                .expectResultMessagePayload(new StockUpdate(ITEM, 7, 0, 7, null, 2));
    }

    @Test
    void committing_twice_changes_nothing() {
        fixture.given(counted(10, 0), miaReserved(3, 10, 3), new StockCommitted(ITEM, CHARGER, MIAS_LINE, 3, 7, 0))
                .when(new CommitStock(ITEM, MIAS_LINE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_reservation_that_holds_nothing_cannot_be_committed() {
        fixture.given(counted(10, 0), miaReserved(3, 10, 3), new StockReleased(ITEM, CHARGER, MIAS_LINE, 3, 10, 0))
                .when(new CommitStock(ITEM, MIAS_LINE))
                .expectException(refusal(CONFLICT, "reservation-not-held"))
                .expectNoEvents();
        fixture.given(counted(10, 0))
                .when(new CommitStock(ITEM, LEOS_LINE))
                .expectException(refusal(CONFLICT, "reservation-not-held"))
                .expectNoEvents();
    }

    @Test
    void a_made_to_order_reservation_is_committed_without_touching_the_shelf() {
        fixture.given(counted(2, 0), new VariantMadeToOrder(ITEM, CHARGER, GRAPHITE_L, 10), miaReserved(5, 2, 0))
                .when(new CommitStock(ITEM, MIAS_LINE))
                .expectEvents(new StockCommitted(ITEM, CHARGER, MIAS_LINE, 5, 2, 0));
    }

    @Test
    void units_reserved_before_a_variant_was_made_to_order_stay_held_until_settled() {
        fixture.given(counted(10, 0), miaReserved(3, 10, 3), new VariantMadeToOrder(ITEM, CHARGER, GRAPHITE_L, 10))
                .when(new CommitStock(ITEM, MIAS_LINE))
                .expectEvents(new StockCommitted(ITEM, CHARGER, MIAS_LINE, 3, 7, 0));
    }

    @Test
    void the_units_of_a_committed_reservation_come_back_to_the_shelf_once_when_its_paid_order_is_cancelled() {
        fixture.given(counted(10, 0), miaReserved(3, 10, 3), new StockCommitted(ITEM, CHARGER, MIAS_LINE, 3, 7, 0))
                .when(new ReturnStock(ITEM, MIAS_LINE))
                .expectEvents(new StockReceived(ITEM, CHARGER, GRAPHITE_L, 3, 10, 0, MIAS_LINE))
                .expectResultMessagePayload(new StockUpdate(ITEM, 10, 0, 10, null, 3));
        fixture.given(counted(10, 0), miaReserved(3, 10, 3), new StockCommitted(ITEM, CHARGER, MIAS_LINE, 3, 7, 0),
                        new StockReceived(ITEM, CHARGER, GRAPHITE_L, 3, 10, 0, MIAS_LINE))
                .when(new ReturnStock(ITEM, MIAS_LINE))
                .expectNoEvents();
    }

    @Test
    void returning_a_reservation_still_held_releases_it_and_an_unknown_one_changes_nothing() {
        fixture.given(counted(10, 0), miaReserved(3, 10, 3))
                .when(new ReturnStock(ITEM, MIAS_LINE))
                .expectEvents(new StockReleased(ITEM, CHARGER, MIAS_LINE, 3, 10, 0));
        fixture.given(counted(10, 0))
                .when(new ReturnStock(ITEM, LEOS_LINE))
                .expectNoEvents();
    }

    @Test
    void a_made_to_order_reservation_took_nothing_off_the_shelf_and_returns_nothing() {
        fixture.given(new VariantMadeToOrder(ITEM, CHARGER, GRAPHITE_L, 5),
                        new StockReserved(ITEM, CHARGER, MIAS_LINE, 3, 0, 0), new StockCommitted(ITEM, CHARGER, MIAS_LINE, 3, 0, 0))
                .when(new ReturnStock(ITEM, MIAS_LINE))
                .expectNoEvents();
    }
}
