package io.kiosk.command.cart;

import jakarta.annotation.Nullable;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.Contact;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.pricing.Money;

import java.util.List;

/**
 * The answer to a checkout, for the customer to confirm at a glance: the new order, its lines with
 * their options and prices, the total, where it goes, whom Kiosk tells and how it is paid, and when
 * it should arrive in {@code region} ({@code estimate}, by the same rules as the live quote; absent
 * when a line is out of stock, and the order process will then cancel the order).
 */
record CheckoutConfirmation(OrderId orderId,
                            CartId cartId,
                            long cartVersion,
                            List<OrderLine> lines,
                            Money total,
                            DeliveryAddress address,
                            Contact contact,
                            PaymentProvider paymentMethod,
                            String region,
                            @Nullable DeliveryWindow estimate) {

    CheckoutConfirmation {
        lines = List.copyOf(lines);
    }

    static CheckoutConfirmation of(OrderId orderId, CartId cartId, long cartVersion, List<OrderLine> lines,
                                   Money total, CheckoutDetails details, DeliveryWindow estimate) {
        return new CheckoutConfirmation(orderId, cartId, cartVersion, lines, total, details.address(),
                details.contact(), details.paymentMethod(), details.region(), estimate);
    }
}
