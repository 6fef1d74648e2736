package io.kiosk.command.inventory;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.OptionChoice;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.inventory.CommitStock;
import io.kiosk.api.inventory.CountStock;
import io.kiosk.api.inventory.MakeVariantToOrder;
import io.kiosk.api.inventory.ReceiveStock;
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
import io.kiosk.command.RuleViolation;
import io.kiosk.command.identity.CallerMetaData;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The stock of one stock-keeping variant of a product (a colour and size of it). Lifecycle: it comes
 * to exist with its first stocktake, receipt or switch to made-to-order; from then on units are
 * received and counted, and orders reserve units, which are later committed (they leave with the
 * order) or released (the order fell through).
 *
 * <p>The rule it keeps: units available (on hand minus reserved) never go below zero, so two
 * customers can never both get the last unit; a stocktake cannot count fewer units than are
 * reserved. A made-to-order variant is produced for each order: it accepts any quantity, and its
 * reservations hold no units. A reservation it cannot hold is refused by an event ({@code StockReservationRefused}),
 * not an exception: the order process branches on it, on this machine or another. Reserving, releasing, committing and returning name a {@link ReservationId}
 * and apply once, so the order process may safely repeat them. A committed reservation whose paid order
 * was cancelled before it shipped comes back to the shelf ({@code ReturnStock}, recorded as units received).
 */
@Aggregate
public class StockItem {

    /** No variant is kept in more units than this (a mistyped count should not overflow anything). */
    public static final int MAX_ON_HAND = 1_000_000;

    private static final String TOO_FEW = "insufficient-stock";
    private static final String UNKNOWN_ITEM = "unknown-stock-item";

    @AggregateIdentifier
    private StockItemId stockItemId;
    private ProductId productId;
    private ChosenOptions variant;
    private int onHand;
    private int reserved;
    private boolean madeToOrder;
    private int leadDays;
    private final Map<ReservationId, Reservation> held = new HashMap<>();
    private final Map<ReservationId, Reservation> committed = new HashMap<>();
    private final Set<ReservationId> released = new HashSet<>();
    private final Set<ReservationId> returned = new HashSet<>();
    private final Map<ReservationId, String> refused = new HashMap<>();
    private boolean stocked;

    protected StockItem() {
        // for Axon: rebuilt from events, or created empty by its first stock command
    }

    /** Stock changed by hand names who changed it; the order process's reservations carry their own ids. */
    @CommandHandlerInterceptor(commandNamePattern = ".*\\.(CountStock|ReceiveStock|MakeVariantToOrder)")
    Object byAKnownCaller(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (!command.getMetaData().containsKey(CallerMetaData.ACCOUNT_ID)) {
            throw RuleViolation.forbidden("caller-unknown", "a change of stock must name who makes it");
        }
        return chain.proceed();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    StockUpdate handle(CountStock command) {
        requireNamedAfterItsVariant(command.stockItemId(), command.productId(), command.variant());
        if (command.onHand() < 0) {
            throw RuleViolation.unprocessable("invalid-stock-count", "onHand", "units on hand cannot be negative");
        }
        requireAtMostTheMaximum(command.onHand());
        if (command.onHand() < reserved) {
            throw RuleViolation.conflict("count-below-reserved", reserved + " units of " + command.stockItemId()
                    + " are reserved for orders; a count of " + command.onHand() + " cannot be right");
        }
        if (!stocked || madeToOrder || onHand != command.onHand()) {
            apply(new StockCounted(command.stockItemId(), command.productId(), command.variant(), command.onHand(), reserved));
        }
        return updated();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    StockUpdate handle(ReceiveStock command) {
        requireNamedAfterItsVariant(command.stockItemId(), command.productId(), command.variant());
        if (command.quantity() < 1) {
            throw RuleViolation.unprocessable("invalid-quantity", "quantity", "a receipt brings at least one unit");
        }
        if (madeToOrder) {
            throw RuleViolation.conflict("variant-made-to-order", command.stockItemId()
                    + " is made to order; count its stock to keep it in stock again");
        }
        requireAtMostTheMaximum((long) onHand + command.quantity());
        apply(new StockReceived(command.stockItemId(), command.productId(), command.variant(), command.quantity(),
                onHand + command.quantity(), reserved, null));
        return updated();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    StockUpdate handle(MakeVariantToOrder command) {
        requireNamedAfterItsVariant(command.stockItemId(), command.productId(), command.variant());
        if (command.leadDays() < 0 || command.leadDays() > OptionChoice.MAX_LEAD_DAYS) {
            throw RuleViolation.unprocessable("invalid-lead-time", "madeToOrder.leadDays",
                    "a lead time is 0 to " + OptionChoice.MAX_LEAD_DAYS + " days");
        }
        if (!stocked || !madeToOrder || leadDays != command.leadDays()) {
            apply(new VariantMadeToOrder(command.stockItemId(), command.productId(), command.variant(), command.leadDays()));
        }
        return updated();
    }

    /**
     * Holds units for an order line, or records why it cannot ({@link StockReservationRefused}) and says so in its
     * answer: too few available, or a variant nobody ever stocked (the item then exists with that refusal alone, and
     * a later stocktake, receipt or switch to made-to-order stocks it as usual). Asking again answers the same.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    StockReservation handle(ReserveStock command) {
        ReservationId reservation = command.reservationId();
        if (held.containsKey(reservation) || committed.containsKey(reservation)) {
            return StockReservation.held(command.stockItemId(), reservation);
        }
        if (released.contains(reservation)) {
            return StockReservation.refused(command.stockItemId(), reservation, "reservation-released");
        }
        if (refused.containsKey(reservation)) {
            return StockReservation.refused(command.stockItemId(), reservation, refused.get(reservation));
        }
        int quantity = command.quantity().value();
        if (!stocked) {
            apply(new StockReservationRefused(command.stockItemId(), null, reservation, quantity, 0, UNKNOWN_ITEM));
            return StockReservation.refused(command.stockItemId(), reservation, UNKNOWN_ITEM);
        }
        if (!madeToOrder && quantity > available()) {
            apply(new StockReservationRefused(stockItemId, productId, reservation, quantity, available(), TOO_FEW));
            return StockReservation.refused(stockItemId, reservation, TOO_FEW);
        }
        apply(new StockReserved(stockItemId, productId, reservation, quantity, onHand,
                madeToOrder ? reserved : reserved + quantity));
        return StockReservation.held(stockItemId, reservation);
    }

    @CommandHandler
    StockUpdate handle(ReleaseStock command) {
        Reservation reservation = held.get(command.reservationId());
        if (reservation != null) {
            apply(new StockReleased(stockItemId, productId, command.reservationId(), reservation.quantity(), onHand,
                    reserved - reservation.unitsHeld()));
        }
        return updated();
    }

    @CommandHandler
    StockUpdate handle(CommitStock command) {
        if (committed.containsKey(command.reservationId())) {
            return updated();
        }
        Reservation reservation = held.get(command.reservationId());
        if (reservation == null) {
            throw RuleViolation.conflict("reservation-not-held", "reservation " + command.reservationId() + " of "
                    + stockItemId + " holds no units (never made, or released); reserve again");
        }
        apply(new StockCommitted(stockItemId, productId, command.reservationId(), reservation.quantity(),
                onHand - reservation.unitsHeld(), reserved - reservation.unitsHeld()));
        return updated();
    }

    @CommandHandler
    StockUpdate handle(ReturnStock command) {
        if (held.containsKey(command.reservationId())) {
            return handle(new ReleaseStock(stockItemId, command.reservationId()));
        }
        Reservation reservation = committed.get(command.reservationId());
        if (reservation != null && reservation.unitsHeld() > 0 && !returned.contains(command.reservationId())) {
            apply(new StockReceived(stockItemId, productId, variant, reservation.unitsHeld(),
                    onHand + reservation.unitsHeld(), reserved, command.reservationId()));
        }
        return updated();
    }

    @EventSourcingHandler
    void on(StockCounted event) {
        identify(event.stockItemId(), event.productId(), event.variant());
        onHand = event.onHand();
        madeToOrder = false;
        leadDays = 0;
    }

    @EventSourcingHandler
    void on(StockReceived event) {
        identify(event.stockItemId(), event.productId(), event.variant());
        onHand = event.onHand();
        if (event.returnedFrom() != null) {
            returned.add(event.returnedFrom());
        }
    }

    @EventSourcingHandler
    void on(VariantMadeToOrder event) {
        identify(event.stockItemId(), event.productId(), event.variant());
        madeToOrder = true;
        leadDays = event.leadDays();
    }

    @EventSourcingHandler
    void on(StockReserved event) {
        held.put(event.reservationId(), new Reservation(event.quantity(), !madeToOrder));
        levels(event.onHand(), event.reserved());
    }

    @EventSourcingHandler
    void on(StockReleased event) {
        held.remove(event.reservationId());
        released.add(event.reservationId());
        levels(event.onHand(), event.reserved());
    }

    @EventSourcingHandler
    void on(StockCommitted event) {
        Reservation reservation = held.remove(event.reservationId());
        committed.put(event.reservationId(), reservation == null ? new Reservation(event.quantity(), true) : reservation);
        levels(event.onHand(), event.reserved());
    }

    @EventSourcingHandler
    void on(StockReservationRefused event) {
        stockItemId = event.stockItemId();
        refused.put(event.reservationId(), event.reason());
    }

    private void identify(StockItemId id, ProductId product, ChosenOptions options) {
        stockItemId = id;
        productId = product;
        variant = options;
        stocked = true;
    }

    private void levels(int newOnHand, int newReserved) {
        onHand = newOnHand;
        reserved = newReserved;
    }

    private int available() {
        return onHand - reserved;
    }

    private static void requireNamedAfterItsVariant(StockItemId id, ProductId product, ChosenOptions options) {
        if (!StockItemId.of(product, options).equals(id)) {
            throw RuleViolation.unprocessable("invalid-stock-item", "stockItemId",
                    "stock item " + id + " is not named after product " + product + " and variant " + options.values());
        }
    }

    private static void requireAtMostTheMaximum(long units) {
        if (units > MAX_ON_HAND) {
            throw RuleViolation.unprocessable("too-much-stock", null, "a variant holds at most " + MAX_ON_HAND + " units");
        }
    }

    private StockUpdate updated() {
        return new StockUpdate(stockItemId, onHand, reserved, madeToOrder ? null : available(),
                madeToOrder ? leadDays : null, AggregateLifecycle.getVersion());
    }

    /** Units held for one order line; a made-to-order reservation holds none (they are made for it). */
    private record Reservation(int quantity, boolean fromStock) {

        int unitsHeld() {
            return fromStock ? quantity : 0;
        }
    }
}
