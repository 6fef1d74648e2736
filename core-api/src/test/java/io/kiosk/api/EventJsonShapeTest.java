package io.kiosk.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kiosk.api.cart.CartCheckedOut;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.ItemAddedToCart;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductLabel;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.Contact;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Events are stored as JSON forever: their shape is part of the contract and is pinned here. How the shapes stored
 * before today read is the event store's to show ({@code StoredEventShapesTest}), through its upcasters.
 */
class EventJsonShapeTest {

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void an_added_item_is_stored_as_flat_readable_json() throws Exception {
        var event = new ItemAddedToCart(
                CartId.of("7f1c1f7e-3f7b-4c51-9d7e-0f4b1a0c2d11"),
                CartItemId.of("0b0e5c1a-1111-4a4a-8c8c-123456789abc"),
                new ProductId("ks-charger-pro"),
                new ChosenOptions(Map.of("size", "L", "colour", "graphite")),
                new Quantity(2),
                Money.of("199.00", "CNY"),
                new StockItemId("ks-charger-pro/colour=graphite;size=L"),
                new ProductLabel(LocalizedText.of("无线充电器 Pro", "Charger Pro"), "chargers"));

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("""
                {"cartId":"7f1c1f7e-3f7b-4c51-9d7e-0f4b1a0c2d11",\
                "itemId":"0b0e5c1a-1111-4a4a-8c8c-123456789abc",\
                "productId":"ks-charger-pro",\
                "options":{"colour":"graphite","size":"L"},\
                "quantity":2,\
                "unitPrice":{"amount":"199.00","currency":"CNY"},\
                "stockItemId":"ks-charger-pro/colour=graphite;size=L",\
                "label":{"name":{"zh":"无线充电器 Pro","en":"Charger Pro"},"category":"chargers"}}""");
        assertThat(json.readValue(written, ItemAddedToCart.class)).isEqualTo(event);
    }

    @Test
    void an_order_line_keeps_the_name_and_category_it_was_sold_as() throws Exception {
        ObjectMapper asTheApplicationWrites = JsonMapper.builder().findAndAddModules()
                .serializationInclusion(JsonInclude.Include.NON_NULL).build();
        var line = new OrderLine(CartItemId.of("0b0e5c1a-1111-4a4a-8c8c-123456789abc"), new ProductId("ks-lock-s"),
                ChosenOptions.none(), new Quantity(1), Money.of("88.80", "CNY"), new StockItemId("ks-lock-s/"),
                new ProductLabel(LocalizedText.of("智能锁 S", "Smart lock S"), "smart-locks"));

        String written = asTheApplicationWrites.writeValueAsString(line);

        assertThat(written).isEqualTo("""
                {"lineId":"0b0e5c1a-1111-4a4a-8c8c-123456789abc","productId":"ks-lock-s","options":{},"quantity":1,\
                "unitPrice":{"amount":"88.80","currency":"CNY"},"stockItemId":"ks-lock-s/",\
                "label":{"name":{"zh":"智能锁 S","en":"Smart lock S"},"category":"smart-locks"}}""");
        assertThat(asTheApplicationWrites.readValue(written, OrderLine.class)).isEqualTo(line);
        assertThat(asTheApplicationWrites.readValue("""
                {"lineId":"0b0e5c1a-1111-4a4a-8c8c-123456789abc","productId":"ks-lock-s","options":{},"quantity":1,\
                "unitPrice":{"amount":"88.80","currency":"CNY"},"stockItemId":"ks-lock-s/"}""", OrderLine.class).label())
                .isNull();
    }

    @Test
    void an_order_placed_with_checkout_details_survives_a_round_trip() throws Exception {
        var line = new OrderLine(CartItemId.random(), new ProductId("ks-lock-s"), ChosenOptions.none(),
                new Quantity(1), Money.of("88.80", "CNY"), new StockItemId("ks-lock-s/"), null);
        var details = new CheckoutDetails(
                new DeliveryAddress("Li Lei", new PhoneNumber("+8613800138000"), "1 Nanjing Road", null, "Shanghai",
                        "Shanghai", "200001", "CN"),
                new Contact("Li Lei", new PhoneNumber("+8613800138000"), new EmailAddress("li.lei@example.com")),
                PaymentProvider.ALIPAY, "SH");
        var event = new OrderPlaced(OrderId.random(), CartId.random(), CustomerId.random(), List.of(line),
                Money.of("88.80", "CNY"), details, null);

        assertThat(json.readValue(json.writeValueAsBytes(event), OrderPlaced.class)).isEqualTo(event);
    }

    @Test
    void an_order_placed_survives_a_round_trip() throws Exception {
        var line = new OrderLine(CartItemId.random(), new ProductId("ks-lock-s"), ChosenOptions.none(),
                new Quantity(1), Money.of("88.80", "CNY"), null, null);
        var event = new OrderPlaced(OrderId.random(), CartId.random(), CustomerId.random(), List.of(line), Money.of("88.80", "CNY"), null, null);

        assertThat(json.readValue(json.writeValueAsBytes(event), OrderPlaced.class)).isEqualTo(event);
    }

    @Test
    void a_delivery_estimate_is_stored_as_two_iso_dates() throws Exception {
        ObjectMapper asTheApplicationWrites = JsonMapper.builder().findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL).build();
        var line = new OrderLine(CartItemId.of("0b0e5c1a-1111-4a4a-8c8c-123456789abc"), new ProductId("ks-lock-s"),
                ChosenOptions.none(), new Quantity(1), Money.of("88.80", "CNY"), new StockItemId("ks-lock-s/"), null);
        var event = new OrderPlaced(OrderId.of("5d7a0e52-6a4e-4f3b-9f43-0c6a1b7e9d01"),
                CartId.of("7f1c1f7e-3f7b-4c51-9d7e-0f4b1a0c2d11"), CustomerId.of("3c2b1a00-9f8e-4d7c-8b6a-5f4e3d2c1b0a"),
                List.of(line), Money.of("88.80", "CNY"), null,
                new DeliveryWindow(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 28)));

        String written = asTheApplicationWrites.writeValueAsString(event);

        assertThat(written).endsWith("""
                "total":{"amount":"88.80","currency":"CNY"},\
                "estimate":{"earliest":"2026-11-27","latest":"2026-11-28"}}""");
        assertThat(asTheApplicationWrites.readValue(written, OrderPlaced.class)).isEqualTo(event);
        CartCheckedOut checkout = new CartCheckedOut(event.cartId(), event.customerId(), event.orderId(), event.lines(),
                null, event.estimate());
        assertThat(asTheApplicationWrites.readValue(asTheApplicationWrites.writeValueAsString(checkout),
                CartCheckedOut.class)).isEqualTo(checkout);
    }

    @Test
    void invalid_values_are_refused_while_reading_too() {
        assertThatThrownBy(() -> json.readValue("0", Quantity.class))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage("quantity must be between 1 and 999, was 0");
    }

    @Test
    void the_status_an_order_event_reaches_follows_from_its_type_and_is_not_stored() throws Exception {
        var event = new OrderPaid(OrderId.of("7f1c1f7e-3f7b-4c51-9d7e-0f4b1a0c2d11"),
                PaymentId.of("0b0e5c1a-1111-4a4a-8c8c-123456789abc"));

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("""
                {"orderId":"7f1c1f7e-3f7b-4c51-9d7e-0f4b1a0c2d11","paymentId":"0b0e5c1a-1111-4a4a-8c8c-123456789abc"}""");
        assertThat(json.readValue(written, OrderPaid.class).status()).isEqualTo(OrderStatus.PAID);
    }
}
