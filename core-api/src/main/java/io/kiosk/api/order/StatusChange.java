package io.kiosk.api.order;

import jakarta.annotation.Nullable;
import java.time.Instant;

/** One step of an order's timeline: the status it reached, when, and why or how ({@code note}: a cancellation reason, a carrier). */
public record StatusChange(OrderStatus status, Instant at, @Nullable String note) {
}
