package io.kiosk.projections.analytics;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.order.OrderId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code analytics.cart_fact}: one row per cart, from the cart's own events. */
@Repository
class CartFacts {

    private final JdbcClient jdbc;

    CartFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void created(CartId cart, long sequence, MallCalendar.Moment at) {
        jdbc.sql("""
                        INSERT INTO analytics.cart_fact (cart_id, created_at, created_on, version)
                        VALUES (:cartId, :at, :on, :version)
                        ON CONFLICT (cart_id) DO UPDATE
                        SET created_at = EXCLUDED.created_at, created_on = EXCLUDED.created_on, version = EXCLUDED.version
                        WHERE cart_fact.version < EXCLUDED.version""")
                .param("cartId", cart.value())
                .param("at", at.at())
                .param("on", at.on())
                .param("version", sequence)
                .update();
    }

    void checkedOut(CartId cart, OrderId order, long sequence, MallCalendar.Moment at) {
        jdbc.sql("""
                        INSERT INTO analytics.cart_fact (cart_id, checked_out_at, checked_out_on, order_id, version)
                        VALUES (:cartId, :at, :on, :orderId, :version)
                        ON CONFLICT (cart_id) DO UPDATE
                        SET checked_out_at = EXCLUDED.checked_out_at, checked_out_on = EXCLUDED.checked_out_on,
                            order_id = EXCLUDED.order_id, version = EXCLUDED.version
                        WHERE cart_fact.version < EXCLUDED.version""")
                .param("cartId", cart.value())
                .param("at", at.at())
                .param("on", at.on())
                .param("orderId", order.value())
                .param("version", sequence)
                .update();
    }
}
