package io.kiosk.command.orderprocess;

import io.kiosk.api.customer.CustomerErased;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.pricing.Money;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * Whom Kiosk writes to about an order: the contact given at checkout and the order's total, in table
 * {@code order_contact}. Later events carry only the order id, so the mails keep what they need here rather than
 * read the order's events back; the row is written from {@link OrderPlaced} by a subscribing processor in the
 * checkout's own transaction ({@code OrderProcessConfiguration}), so it exists as soon as the order does.
 */
@Component
@ProcessingGroup(OrderContacts.PROCESSING_GROUP)
public class OrderContacts {

    static final String PROCESSING_GROUP = "order-contacts";

    private final JdbcClient jdbc;

    public OrderContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whom to write to about an order (the customer who placed it, the contact they gave), and what it cost. */
    public record Recipient(CustomerId customerId, String name, EmailAddress email, Money orderTotal) {
    }

    /** Keeps the checkout's contact; an order placed without checkout details has none (and gets no mail). */
    @EventHandler
    public void on(OrderPlaced event) {
        if (event.details() == null) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO order_contact (order_id, customer_id, name, email, total, currency)
                        VALUES (:order, :customer, :name, :email, :total, :currency)
                        ON CONFLICT (order_id) DO NOTHING""")
                .param("order", event.orderId().value())
                .param("customer", event.customerId().value())
                .param("name", event.details().contact().name())
                .param("email", event.details().contact().email().value())
                .param("total", event.total().amount())
                .param("currency", event.total().currency().getCurrencyCode())
                .update();
    }

    /** The customer was erased: their orders' contacts go, and no mail is written about those orders any more. */
    @EventHandler
    public void on(CustomerErased event) {
        jdbc.sql("DELETE FROM order_contact WHERE customer_id = :customer")
                .param("customer", event.customerId().value())
                .update();
    }

    /** The order's checkout contact; empty for an order placed without one. */
    public Optional<Recipient> of(OrderId orderId) {
        return jdbc.sql("SELECT customer_id, name, email, total, currency FROM order_contact WHERE order_id = :order")
                .param("order", orderId.value())
                .query((row, n) -> new Recipient(new CustomerId(row.getObject("customer_id", UUID.class)), row.getString("name"),
                        new EmailAddress(row.getString("email")),
                        new Money(row.getBigDecimal("total"), Currency.getInstance(row.getString("currency")))))
                .optional();
    }
}
