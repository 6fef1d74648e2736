package io.kiosk.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.ItemAddedToCart;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.pricing.Money;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Events are stored as JSON forever: their shape is part of the contract and is pinned here. */
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
                Money.of("199.00", "CNY"));

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("""
                {"cartId":"7f1c1f7e-3f7b-4c51-9d7e-0f4b1a0c2d11",\
                "itemId":"0b0e5c1a-1111-4a4a-8c8c-123456789abc",\
                "productId":"ks-charger-pro",\
                "options":{"colour":"graphite","size":"L"},\
                "quantity":2,\
                "unitPrice":{"amount":"199.00","currency":"CNY"}}""");
        assertThat(json.readValue(written, ItemAddedToCart.class)).isEqualTo(event);
    }

    @Test
    void an_order_placed_survives_a_round_trip() throws Exception {
        var line = new OrderLine(CartItemId.random(), new ProductId("ks-lock-s"), ChosenOptions.none(),
                new Quantity(1), Money.of("88.80", "CNY"));
        var event = new OrderPlaced(OrderId.random(), CartId.random(), CustomerId.random(), List.of(line), Money.of("88.80", "CNY"));

        assertThat(json.readValue(json.writeValueAsBytes(event), OrderPlaced.class)).isEqualTo(event);
    }

    @Test
    void invalid_values_are_refused_while_reading_too() {
        assertThatThrownBy(() -> json.readValue("0", Quantity.class))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage("quantity must be between 1 and 999, was 0");
    }
}
