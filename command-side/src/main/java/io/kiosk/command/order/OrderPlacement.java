package io.kiosk.command.order;

import io.kiosk.api.cart.CartCheckedOut;
import io.kiosk.api.order.PlaceOrder;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * When a cart is checked out, the order is placed. This runs in a subscribing processor, inside
 * the checkout's own unit of work and transaction, so a checkout and its order are stored together
 * or not at all (errors propagate: see {@code OrderPlacementConfiguration}).
 */
@Component
@ProcessingGroup(OrderPlacement.PROCESSING_GROUP)
class OrderPlacement {

    static final String PROCESSING_GROUP = "order-placement";

    private final CommandGateway commands;

    OrderPlacement(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(CartCheckedOut event) {
        commands.sendAndWait(new PlaceOrder(event.orderId(), event.cartId(), event.customerId(), event.lines(),
                event.details(), event.estimate()));
    }
}
