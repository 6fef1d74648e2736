package io.kiosk.api.cart;

import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Turn the cart into the order {@code orderId}, delivered and paid as {@code details} say; the cart cannot change afterwards. */
public record CheckOutCart(@TargetAggregateIdentifier CartId cartId, OrderId orderId, CheckoutDetails details) {
}
