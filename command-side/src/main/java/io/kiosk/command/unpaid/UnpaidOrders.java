package io.kiosk.command.unpaid;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderExpired;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.command.RuleViolation;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cap on what a customer has ordered and not paid ({@link UnpaidOrderLimits}), kept in table
 * {@code unpaid_order} by a subscribing processor inside the transaction of the order's own events
 * ({@code UnpaidOrdersConfiguration}). An order that would take its customer past a cap is refused with
 * {@code 422} naming the cap, and since the refusal fails the placement, the checkout is not stored either: the cart
 * stays open until an order is paid, cancelled or expires. Checkouts of one customer are counted one after the other
 * (a lock per customer for the transaction), so two at once cannot both slip under a cap.
 */
@Component
@ProcessingGroup(UnpaidOrders.PROCESSING_GROUP)
class UnpaidOrders {

    static final String PROCESSING_GROUP = "unpaid-orders";

    private final JdbcClient jdbc;
    private final UnpaidOrderLimits limits;

    UnpaidOrders(JdbcClient jdbc, UnpaidOrderLimits limits) {
        this.jdbc = jdbc;
        this.limits = limits;
    }

    @EventHandler
    void on(OrderPlaced event) {
        int units = event.lines().stream().mapToInt(line -> line.quantity().value()).sum();
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('unpaid-orders'), hashtext(:customer))")
                .param("customer", event.customerId().toString()).query().singleRow();
        Unpaid before = unpaidOf(event.customerId(), event.orderId());
        if (before.orders() + 1 > limits.maxOrders()) {
            throw RuleViolation.unprocessable("unpaid-orders-limit", null, "you have " + before.orders()
                            + " orders waiting for payment, the most a customer may have: pay or cancel one first")
                    .with("limit", "kiosk.orders.unpaid.max-orders").with("max", limits.maxOrders());
        }
        if (before.units() + units > limits.maxUnits()) {
            throw RuleViolation.unprocessable("unpaid-units-limit", null, "your orders waiting for payment would hold "
                            + (before.units() + units) + " units, more than the " + limits.maxUnits()
                            + " a customer may hold: pay or cancel an order first, or order fewer")
                    .with("limit", "kiosk.orders.unpaid.max-units").with("max", limits.maxUnits());
        }
        jdbc.sql("""
                        INSERT INTO unpaid_order (order_id, customer_id, units) VALUES (:order, :customer, :units)
                        ON CONFLICT (order_id) DO NOTHING""")
                .param("order", event.orderId().value())
                .param("customer", event.customerId().value())
                .param("units", units)
                .update();
    }

    @EventHandler
    void on(OrderPaid event) {
        settled(event.orderId());
    }

    @EventHandler
    void on(OrderCancelled event) {
        settled(event.orderId());
    }

    @EventHandler
    void on(OrderExpired event) {
        settled(event.orderId());
    }

    private void settled(OrderId orderId) {
        jdbc.sql("DELETE FROM unpaid_order WHERE order_id = :order").param("order", orderId.value()).update();
    }

    private Unpaid unpaidOf(CustomerId customerId, OrderId besides) {
        return jdbc.sql("""
                        SELECT count(*) AS orders, coalesce(sum(units), 0) AS units FROM unpaid_order
                        WHERE customer_id = :customer AND order_id <> :order""")
                .param("customer", customerId.value())
                .param("order", besides.value())
                .query((row, n) -> new Unpaid(row.getInt("orders"), row.getInt("units")))
                .single();
    }

    /** A customer's unpaid orders and the units in them. */
    private record Unpaid(int orders, int units) {
    }
}
