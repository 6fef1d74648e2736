package io.kiosk.api.order;

import io.kiosk.api.customer.CustomerId;

/**
 * Which orders, newest first, a page at a time: one customer's ({@code customerId}) or everyone's
 * ({@code null}, for staff), in one status or any ({@code null}).
 */
public record ListOrders(CustomerId customerId, OrderStatus status, int page, int size) {

    public static final int MAX_PAGE_SIZE = 100;
    /** How deep paging reaches: further than any customer's orders, and an offset PostgreSQL still finds at once. */
    public static final int MAX_PAGE = 10_000;

    public ListOrders {
        if (page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be 0 to " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
