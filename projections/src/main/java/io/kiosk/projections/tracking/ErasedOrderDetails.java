package io.kiosk.projections.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.OrderId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.UUID;

/**
 * The checkout details of an erased customer's orders, replaced by their erased form: the contact and the address's
 * who and where read as erased, the payment method and the region stay (nothing else of an order names a person).
 */
@Repository
class ErasedOrderDetails {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ErasedOrderDetails(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private record Stored(UUID orderId, String details) {
    }

    /** Erases the details of every order of {@code customer}: the orders changed. */
    List<OrderId> erase(CustomerId customer) {
        List<Stored> orders = jdbc.sql("SELECT order_id, details FROM order_tracking WHERE customer_id = :customer "
                        + "AND details IS NOT NULL")
                .param("customer", customer.value())
                .query((row, n) -> new Stored(row.getObject("order_id", UUID.class), row.getString("details")))
                .list();
        for (Stored order : orders) {
            jdbc.sql("UPDATE order_tracking SET details = CAST(:details AS jsonb) WHERE order_id = :order")
                    .param("details", erased(order.details()))
                    .param("order", order.orderId())
                    .update();
        }
        return orders.stream().map(order -> new OrderId(order.orderId())).toList();
    }

    private String erased(String details) {
        try {
            return json.writeValueAsString(json.readValue(details, CheckoutDetails.class).erased());
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("order_tracking.details is not checkout details: " + details, corrupt);
        }
    }
}
