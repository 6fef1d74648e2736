package io.kiosk.command.refund;

import io.kiosk.api.customer.DeliveryAddress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where goods come back to and how long a customer has to send them, once a return is authorised. Axon injects
 * it into the refund's approval, so a test fixes the clock.
 */
public record ReturnPolicy(DeliveryAddress returnAddress, Duration returnDeadline, Clock clock) {

    public ReturnPolicy {
        Objects.requireNonNull(returnAddress, "kiosk.refunds.return-address is required");
        Objects.requireNonNull(returnDeadline, "the return deadline is required");
        Objects.requireNonNull(clock, "a clock is required");
    }

    Instant deadlineFromNow() {
        return clock.instant().plus(returnDeadline);
    }
}
