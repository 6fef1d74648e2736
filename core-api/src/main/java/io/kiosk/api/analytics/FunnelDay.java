package io.kiosk.api.analytics;

import java.time.LocalDate;

/**
 * The carts created on one day and what became of them, whenever it happened: how many were checked out,
 * how many of their orders were paid, and how many of those had money refunded.
 */
public record FunnelDay(LocalDate day, long cartsCreated, long cartsCheckedOut, long ordersPaid, long ordersRefunded) {
}
