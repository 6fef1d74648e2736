package io.kiosk.bench.bareaxon;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The baseline's one aggregate: a cart that is opened and takes items, each a command and an event. */
@Aggregate
class BareCart {

    /** At most this many items, so that the handler decides something, as a real one does. */
    private static final int LIMIT = 1000;

    @AggregateIdentifier
    private String cartId;
    private int items;

    protected BareCart() {
    }

    @CommandHandler
    BareCart(OpenCart command) {
        apply(new CartOpened(command.cartId()));
    }

    @CommandHandler
    String handle(AddItem command) {
        if (items >= LIMIT) {
            throw new IllegalStateException("the cart is full");
        }
        String itemId = cartId + "-" + (items + 1);
        apply(new ItemAdded(cartId, itemId, command.productId(), command.options(), command.quantity()));
        return itemId;
    }

    @EventSourcingHandler
    void on(CartOpened opened) {
        cartId = opened.cartId();
    }

    @EventSourcingHandler
    void on(ItemAdded added) {
        items++;
    }

    record OpenCart(String cartId) {
    }

    record AddItem(@TargetAggregateIdentifier String cartId, String productId, java.util.Map<String, Object> options,
                   int quantity) {
    }

    record CartOpened(String cartId) {
    }

    record ItemAdded(String cartId, String itemId, String productId, java.util.Map<String, Object> options, int quantity) {
    }
}
