package io.kiosk.projections.search;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChargerPro;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductLabel;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.Contact;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.pricing.Money;

import java.util.List;
import java.util.Map;

/** Orders as the command side places them, for the order search tests. */
final class ExampleOrders {

    static final ProductLabel CHARGER = ProductLabel.of(ChargerPro.definition("chargers"));
    static final ProductLabel LAMP = new ProductLabel(LocalizedText.of("KS 智能台灯", "KS Smart Desk Lamp"), "lighting");

    private ExampleOrders() {
    }

    /** Two chargers at 199.00 CNY, checked out by Mia Chen for delivery to Lei Wang in Shanghai, paid by Alipay. */
    static OrderPlaced placed(OrderId order) {
        return placed(order, line("ks-charger-pro", 2, "199.00", CHARGER));
    }

    static OrderPlaced placed(OrderId order, OrderLine... lines) {
        Money total = List.of(lines).stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        return new OrderPlaced(order, CartId.random(), CustomerId.random(), List.of(lines), total, details("Mia Chen",
                "mia.chen@example.com", "+8613800138000", "Lei Wang", "+8613911112222", PaymentProvider.ALIPAY), null);
    }

    static OrderLine line(String product, int units, String unitPrice, ProductLabel label) {
        return new OrderLine(CartItemId.random(), new ProductId(product), new ChosenOptions(Map.of("colour", "graphite")),
                new Quantity(units), Money.of(unitPrice, "CNY"), null, label);
    }

    static CheckoutDetails details(String contact, String email, String phone, String recipient, String recipientPhone,
                                   PaymentProvider method) {
        return new CheckoutDetails(
                new DeliveryAddress(recipient, new PhoneNumber(recipientPhone), "88 Century Avenue", null, "Shanghai",
                        "Shanghai", "200120", "CN"),
                new Contact(contact, new PhoneNumber(phone), new EmailAddress(email)),
                method, "SH");
    }
}
