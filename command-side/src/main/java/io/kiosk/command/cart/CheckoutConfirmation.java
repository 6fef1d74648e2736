package io.kiosk.command.cart;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.Contact;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.pricing.Money;

import java.util.List;

/**
 * The answer to a checkout, for the customer to confirm at a glance: the new order, its lines with
 * their options and prices, the total, where it goes, whom Kiosk tells and how it is paid. The
 * delivery window is not here: it depends on each line's stock level, which the query side knows
 * (its order page and quotes work it out for {@code region}).
 */
record CheckoutConfirmation(OrderId orderId,
                            CartId cartId,
                            long cartVersion,
                            List<OrderLine> lines,
                            Money total,
                            DeliveryAddress address,
                            Contact contact,
                            PaymentProvider paymentMethod,
                            String region) {

    CheckoutConfirmation {
        lines = List.copyOf(lines);
    }

    static CheckoutConfirmation of(OrderId orderId, CartId cartId, long cartVersion, List<OrderLine> lines,
                                   Money total, CheckoutDetails details) {
        return new CheckoutConfirmation(orderId, cartId, cartVersion, lines, total, details.address(),
                details.contact(), details.paymentMethod(), details.region());
    }
}
