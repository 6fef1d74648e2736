package io.kiosk.query;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.CustomerRegistered;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.pricing.Money;

import java.util.List;
import java.util.Map;

/** Events as the command side's aggregates record them, for the tests to put in the event store. */
public final class ExampleEvents {

    public static final String ORDER = "Order";
    public static final String CUSTOMER = "Customer";

    private ExampleEvents() {
    }

    /** Two graphite chargers at 199.00 CNY each. */
    public static OrderPlaced orderPlaced(OrderId order, CustomerId customer) {
        OrderLine chargers = new OrderLine(CartItemId.random(), new ProductId("ks-charger-pro"),
                new ChosenOptions(Map.of("colour", "graphite", "size", "L")), new Quantity(2), Money.of("199.00", "CNY"));
        return new OrderPlaced(order, CartId.random(), customer, List.of(chargers), chargers.lineTotal());
    }

    public static CustomerRegistered registered(CustomerId customer, String name) {
        return new CustomerRegistered(customer, new EmailAddress(name.toLowerCase().replace(' ', '.') + "@example.com"),
                name, new PhoneNumber("+8613800138000"));
    }
}
