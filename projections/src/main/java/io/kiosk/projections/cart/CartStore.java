package io.kiosk.projections.cart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.cart.CartCheckedOut;
import io.kiosk.api.cart.CartCreated;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.CartItemQuantityChanged;
import io.kiosk.api.cart.CartStatus;
import io.kiosk.api.cart.CartSummary;
import io.kiosk.api.cart.ItemAddedToCart;
import io.kiosk.api.cart.ItemRemovedFromCart;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductLabel;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The cart tables in PostgreSQL. Every write after a cart's creation first moves the cart's version up to the
 * event's sequence number, and changes anything only if that move happened: an event the cart has already seen (a
 * replay or a redelivery) changes nothing.
 */
@Repository
class CartStore {

    private static final TypeReference<Map<String, String>> OPTIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CartStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a new, empty, open cart; does nothing if the cart is already known. */
    void insertCreated(CartCreated event, long version, Instant at) {
        jdbc.sql("""
                        INSERT INTO cart (cart_id, customer_id, status, created_at, updated_at, version)
                        VALUES (:cartId, :customerId, :status, :at, :at, :version)
                        ON CONFLICT (cart_id) DO NOTHING""")
                .param("cartId", event.cartId().value())
                .param("customerId", event.customerId().value())
                .param("status", CartStatus.OPEN.name())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    void insertLine(ItemAddedToCart event, long version, Instant at) {
        if (!advance(event.cartId(), version, at)) {
            return;
        }
        ProductLabel label = event.label();
        jdbc.sql("""
                        INSERT INTO cart_line (cart_id, item_id, added_in, product_id, product_name_zh, product_name_en, category,
                                               options, quantity, unit_price, currency)
                        VALUES (:cartId, :itemId, :addedIn, :productId, :nameZh, :nameEn, :category,
                                CAST(:options AS jsonb), :quantity, :unitPrice, :currency)
                        ON CONFLICT (cart_id, item_id) DO NOTHING""")
                .param("cartId", event.cartId().value())
                .param("itemId", event.itemId().value())
                .param("addedIn", version)
                .param("productId", event.productId().value())
                .param("nameZh", label == null ? null : label.name().zh())
                .param("nameEn", label == null ? null : label.name().en())
                .param("category", label == null ? null : label.category())
                .param("options", toJson(event.options().values()))
                .param("quantity", event.quantity().value())
                .param("unitPrice", event.unitPrice().amount())
                .param("currency", event.unitPrice().currency().getCurrencyCode())
                .update();
    }

    void changeQuantity(CartItemQuantityChanged event, long version, Instant at) {
        if (advance(event.cartId(), version, at)) {
            jdbc.sql("UPDATE cart_line SET quantity = :quantity WHERE cart_id = :cartId AND item_id = :itemId")
                    .param("cartId", event.cartId().value())
                    .param("itemId", event.itemId().value())
                    .param("quantity", event.quantity().value())
                    .update();
        }
    }

    void deleteLine(ItemRemovedFromCart event, long version, Instant at) {
        if (advance(event.cartId(), version, at)) {
            jdbc.sql("DELETE FROM cart_line WHERE cart_id = :cartId AND item_id = :itemId")
                    .param("cartId", event.cartId().value())
                    .param("itemId", event.itemId().value())
                    .update();
        }
    }

    /** Closes the cart: it became order {@code orderId} and holds, for good, the lines it had. */
    void markCheckedOut(CartCheckedOut event, long version, Instant at) {
        jdbc.sql("""
                        UPDATE cart SET status = :status, order_id = :orderId, checked_out_at = :at, updated_at = :at,
                                        version = :version
                        WHERE cart_id = :cartId AND version < :version""")
                .param("cartId", event.cartId().value())
                .param("status", CartStatus.CHECKED_OUT.name())
                .param("orderId", event.orderId().value())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    /** Empties every cart table, for a rebuild from the first event. */
    void clear() {
        jdbc.sql("TRUNCATE cart, cart_line").update();
    }

    Optional<CartSummary> find(CartId cartId) {
        return jdbc.sql("SELECT * FROM cart WHERE cart_id = :cartId")
                .param("cartId", cartId.value())
                .query((row, n) -> cart(row, lines(cartId)))
                .optional();
    }

    /** The customer's open cart created last (of two created at the same instant, the one whose id sorts last). */
    Optional<CartId> newestOpenCartOf(CustomerId customerId) {
        return jdbc.sql("""
                        SELECT cart_id FROM cart WHERE customer_id = :customerId AND status = :open
                        ORDER BY created_at DESC, cart_id DESC LIMIT 1""")
                .param("customerId", customerId.value())
                .param("open", CartStatus.OPEN.name())
                .query((row, n) -> new CartId(row.getObject("cart_id", UUID.class)))
                .optional();
    }

    /** Moves the cart to {@code version}; false if it is there already (or beyond), or unknown. */
    private boolean advance(CartId cartId, long version, Instant at) {
        return jdbc.sql("UPDATE cart SET updated_at = :at, version = :version WHERE cart_id = :cartId AND version < :version")
                .param("cartId", cartId.value())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update() == 1;
    }

    private List<CartSummary.Line> lines(CartId cartId) {
        return jdbc.sql("SELECT * FROM cart_line WHERE cart_id = :cartId ORDER BY added_in")
                .param("cartId", cartId.value())
                .query((row, n) -> CartSummary.Line.of(
                        new CartItemId(row.getObject("item_id", UUID.class)),
                        new ProductId(row.getString("product_id")),
                        label(row),
                        new ChosenOptions(fromJson(row.getString("options"))),
                        new Quantity(row.getInt("quantity")),
                        new Money(row.getBigDecimal("unit_price"), Currency.getInstance(row.getString("currency")))))
                .list();
    }

    private static ProductLabel label(ResultSet row) throws SQLException {
        String category = row.getString("category");
        return category == null ? null
                : new ProductLabel(LocalizedText.of(row.getString("product_name_zh"), row.getString("product_name_en")), category);
    }

    private static CartSummary cart(ResultSet row, List<CartSummary.Line> lines) throws SQLException {
        UUID orderId = row.getObject("order_id", UUID.class);
        Timestamp checkedOutAt = row.getTimestamp("checked_out_at");
        return CartSummary.of(
                new CartId(row.getObject("cart_id", UUID.class)),
                new CustomerId(row.getObject("customer_id", UUID.class)),
                CartStatus.valueOf(row.getString("status")),
                orderId == null ? null : new OrderId(orderId),
                lines,
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                checkedOutAt == null ? null : checkedOutAt.toInstant(),
                row.getLong("version"));
    }

    private String toJson(Map<String, String> options) {
        try {
            return json.writeValueAsString(options);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("cannot write options as JSON", unwritable);
        }
    }

    private Map<String, String> fromJson(String options) {
        try {
            return json.readValue(options, OPTIONS);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("stored options are not JSON: " + options, unreadable);
        }
    }
}
