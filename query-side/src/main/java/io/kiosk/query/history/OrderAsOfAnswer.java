package io.kiosk.query.history;

import io.kiosk.api.order.OrderSummary;

import java.time.Instant;

/**
 * The order as it stood at {@code asOf}, rebuilt from its events up to then, in the shape
 * {@code GET /api/orders/{id}} answers; {@code eventsApplied} says how many of its events (the order's and
 * its payments' and refunds') that took.
 */
record OrderAsOfAnswer(Instant asOf, int eventsApplied, OrderSummary order) {
}
