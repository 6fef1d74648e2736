package io.kiosk.command.refund;

import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.RuleViolation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When an order may be refunded, from configuration ({@code kiosk.refunds.*}): any time after payment until it
 * ships, not while it travels (the customer waits for the parcel or refuses it at the door), and within
 * {@code returnWindow} after delivery. A refund below {@code autoApproveBelow} (in that currency; none: every
 * refund is reviewed) of an order not yet delivered needs no review. The {@code clock} says what time it is:
 * Axon injects these rules into the order's refund handler, so a test fixes the time.
 */
public record RefundRules(Duration returnWindow, Money autoApproveBelow, Clock clock) {

    public RefundRules {
        Objects.requireNonNull(returnWindow, "the return window is required");
        if (returnWindow.isNegative()) {
            throw new IllegalArgumentException("kiosk.refunds.return-window must not be negative");
        }
        Objects.requireNonNull(clock, "a clock is required");
    }

    /** Whether a refund of {@code amount} of an order not yet delivered may go without review. */
    public boolean autoApproves(Money amount) {
        return autoApproveBelow != null && amount.hasSameCurrencyAs(autoApproveBelow) && amount.compareTo(autoApproveBelow) < 0;
    }

    /** Refuses a refund of order {@code orderId} in {@code status} (delivered at {@code deliveredAt}, if it was). */
    public void requireRefundable(OrderId orderId, OrderStatus status, Instant deliveredAt) {
        switch (status) {
            case PAID, IN_FULFILMENT -> {
                // money taken, goods not yet gone: any time
            }
            case SHIPPED -> throw RuleViolation.unprocessable("refund-awaiting-delivery", "orderId", "order " + orderId
                    + " is on its way: ask for a refund once it is delivered, or refuse the parcel at the door");
            case DELIVERED -> requireWithinWindow(orderId, deliveredAt);
            case PLACED, AWAITING_PAYMENT -> throw RuleViolation.conflict("order-not-paid",
                    "order " + orderId + " is not paid: there is nothing to refund");
            case CANCELLED, EXPIRED -> throw RuleViolation.conflict("order-not-refundable", "order " + orderId
                    + " is closed; whatever was paid for a cancelled order goes back with its cancellation");
        }
    }

    private void requireWithinWindow(OrderId orderId, Instant deliveredAt) {
        Instant closes = deliveredAt.plus(returnWindow);
        if (clock.instant().isAfter(closes)) {
            throw RuleViolation.unprocessable("return-window-closed", "orderId", "order " + orderId + " was delivered on "
                            + day(deliveredAt) + "; refunds are accepted for " + span(returnWindow) + " after delivery, until "
                            + day(closes))
                    .with("deliveredAt", deliveredAt.toString())
                    .with("windowClosedAt", closes.toString());
        }
    }

    private static String span(Duration duration) {
        return duration.toHoursPart() == 0 && duration.toMinutesPart() == 0 && duration.toSecondsPart() == 0
                ? duration.toDays() + " days" : duration.toString();
    }

    private LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, clock.getZone());
    }
}
