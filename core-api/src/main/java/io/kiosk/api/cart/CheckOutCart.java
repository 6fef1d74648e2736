package io.kiosk.api.cart;

import io.kiosk.api.delivery.DeliveryFacts;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Turn the cart into the order {@code orderId}, delivered and paid as {@code details} say; the cart cannot change
 * afterwards. {@code delivery} is what the delivery estimate is worked out from, looked up by the sender for the
 * cart's lines and the checkout's region ({@code null}: no estimate is promised).
 */
public record CheckOutCart(@TargetAggregateIdentifier CartId cartId, OrderId orderId, CheckoutDetails details,
                           DeliveryFacts delivery) {
}
