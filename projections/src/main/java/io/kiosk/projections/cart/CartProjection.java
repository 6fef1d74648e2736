package io.kiosk.projections.cart;

import io.kiosk.api.cart.CartCheckedOut;
import io.kiosk.api.cart.CartCreated;
import io.kiosk.api.cart.CartItemQuantityChanged;
import io.kiosk.api.cart.CartSummary;
import io.kiosk.api.cart.FindCart;
import io.kiosk.api.cart.FindCurrentCart;
import io.kiosk.api.cart.ItemAddedToCart;
import io.kiosk.api.cart.ItemRemovedFromCart;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the cart read model — each cart's lines as they stand, whether it is open or checked out (into which order)
 * — from every event of the Cart aggregate, and answers for one cart or a customer's current one from it. The
 * processor hands a cart's events to one segment in order; each carries the cart's sequence number, which the store
 * uses to apply it at most once.
 */
@Component
@ProcessingGroup(CartProjection.PROCESSING_GROUP)
public class CartProjection {

    public static final String PROCESSING_GROUP = "cart";

    private final CartStore store;

    CartProjection(CartStore store) {
        this.store = store;
    }

    @EventHandler
    void on(CartCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.insertCreated(event, sequence, at);
    }

    @EventHandler
    void on(ItemAddedToCart event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.insertLine(event, sequence, at);
    }

    @EventHandler
    void on(CartItemQuantityChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.changeQuantity(event, sequence, at);
    }

    @EventHandler
    void on(ItemRemovedFromCart event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.deleteLine(event, sequence, at);
    }

    @EventHandler
    void on(CartCheckedOut event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.markCheckedOut(event, sequence, at);
    }

    /** A rebuild starts from nothing: every cart table is emptied before the events are handled again. */
    @ResetHandler
    void reset() {
        store.clear();
    }

    @QueryHandler
    Optional<CartSummary> answer(FindCart query) {
        return store.find(query.cartId());
    }

    @QueryHandler
    Optional<CartSummary> answer(FindCurrentCart query) {
        return store.newestOpenCartOf(query.customerId()).flatMap(store::find);
    }
}
