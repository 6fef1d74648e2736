package io.kiosk.api.order;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.pricing.Money;

import java.time.Instant;
import java.util.List;

/** One page of an order list: how many orders match in all, and this page's, newest first. */
public record OrderPage(long total, int page, int size, List<Entry> orders) {

    public OrderPage {
        orders = List.copyOf(orders);
    }

    /** An order as a list shows it; its lines and timeline are one click away ({@code GET /api/orders/{id}}). */
    public record Entry(OrderId orderId, CustomerId customerId, OrderStatus status, Money total, int lineCount,
                        Instant placedAt, Instant updatedAt) {
    }
}
