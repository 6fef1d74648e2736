package io.kiosk.query.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
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
import io.kiosk.query.ExampleEvents;
import io.kiosk.query.HttpClientForTests.Answer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Orders as checkout places them, with the people and products order search looks for. */
final class OrderSearchExamples {

    static final ProductLabel CHARGER = ProductLabel.of(ExampleEvents.charger("chargers"));
    static final ProductLabel LAMP = ProductLabel.of(ExampleEvents.lamp("lighting"));
    private static final ZoneId MALL = ZoneId.of("Asia/Shanghai");

    private OrderSearchExamples() {
    }

    /** A moment on the mall's clock, such as {@code 2030-03-01T10:00}. */
    static Instant mall(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MALL).toInstant();
    }

    static OrderLine line(String product, int units, String unitPrice, String currency, ProductLabel label) {
        return new OrderLine(CartItemId.random(), new ProductId(product), new ChosenOptions(Map.of("colour", "graphite")),
                new Quantity(units), Money.of(unitPrice, currency), null, label);
    }

    static CheckoutDetails details(String contact, String email, String phone, String recipient, String recipientPhone,
                                   PaymentProvider method) {
        return new CheckoutDetails(new DeliveryAddress(recipient, new PhoneNumber(recipientPhone), "88 Century Avenue", null,
                "Shanghai", "Shanghai", "200120", "CN"), new Contact(contact, new PhoneNumber(phone), new EmailAddress(email)),
                method, "SH");
    }

    /** Placed with {@code details} (or, as before checkout asked for them, without) and these lines. */
    static OrderPlaced placed(OrderId order, CheckoutDetails details, OrderLine... lines) {
        Money total = List.of(lines).stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        return new OrderPlaced(order, CartId.random(), CustomerId.random(), List.of(lines), total, details, null);
    }

    /** The order ids of an answer's hits, in their order. */
    static List<String> ids(Answer answer) {
        List<String> ids = new ArrayList<>();
        for (JsonNode hit : answer.body().path("hits")) {
            ids.add(hit.path("orderId").asText());
        }
        return ids;
    }

    static List<String> ids(OrderId... orders) {
        return List.of(orders).stream().map(OrderId::toString).toList();
    }
}
