package io.kiosk.command.cart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.cart.CartCheckedOut;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.ItemAddedToCart;
import io.kiosk.api.cart.ItemRemovedFromCart;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.inventory.StockItemId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The goods on each open cart's lines, in table {@code cart_line}, so that a checkout's delivery facts can be looked
 * up before the checkout is sent ({@link CartDeliveryFacts}) without reading the cart's events. Written by a
 * subscribing processor in the cart command's own transaction ({@code DeliveryRegionsConfiguration}): the table never lags
 * behind the cart. A checked-out cart's lines are forgotten.
 */
@Component
@ProcessingGroup(CartLines.PROCESSING_GROUP)
class CartLines {

    static final String PROCESSING_GROUP = "cart-lines";
    private static final TypeReference<Map<String, String>> OPTIONS = new TypeReference<>() {
    };

    /** The goods one line holds. */
    record Goods(CartItemId itemId, ProductId productId, ChosenOptions options, StockItemId stockItemId) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CartLines(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<Goods> of(CartId cartId) {
        return jdbc.sql("SELECT item_id, product_id, options::text, stock_item_id FROM cart_line WHERE cart_id = :cart")
                .param("cart", cartId.value())
                .query((row, n) -> new Goods(new CartItemId(row.getObject("item_id", UUID.class)),
                        new ProductId(row.getString("product_id")), new ChosenOptions(options(row.getString("options"))),
                        row.getString("stock_item_id") == null ? null : new StockItemId(row.getString("stock_item_id"))))
                .list();
    }

    @EventHandler
    void on(ItemAddedToCart event) {
        jdbc.sql("""
                        INSERT INTO cart_line (cart_id, item_id, product_id, options, stock_item_id)
                        VALUES (:cart, :item, :product, CAST(:options AS jsonb), :stockItem)
                        ON CONFLICT DO NOTHING""")
                .param("cart", event.cartId().value())
                .param("item", event.itemId().value())
                .param("product", event.productId().value())
                .param("options", write(event.options().values()))
                .param("stockItem", event.stockItemId() == null ? null : event.stockItemId().value())
                .update();
    }

    @EventHandler
    void on(ItemRemovedFromCart event) {
        jdbc.sql("DELETE FROM cart_line WHERE cart_id = :cart AND item_id = :item")
                .param("cart", event.cartId().value()).param("item", event.itemId().value()).update();
    }

    @EventHandler
    void on(CartCheckedOut event) {
        jdbc.sql("DELETE FROM cart_line WHERE cart_id = :cart").param("cart", event.cartId().value()).update();
    }

    private String write(Map<String, String> options) {
        try {
            return json.writeValueAsString(options);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("options always serialize", impossible);
        }
    }

    private Map<String, String> options(String stored) {
        try {
            return json.readValue(stored, OPTIONS);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("cart_line.options is not a JSON object of strings", corrupt);
        }
    }
}
