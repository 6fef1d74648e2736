package io.kiosk.command.orderprocess;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

import java.time.Duration;

/**
 * How long a placed order waits for its money ({@code kiosk.orders.payment-timeout}, 15 minutes unless set), and
 * for the back office when the risk check holds its payment for review ({@code kiosk.orders.review-timeout}, 24 hours),
 * and how long a held payment's order keeps its stock meanwhile ({@code kiosk.orders.held-stock-timeout}, 30 minutes:
 * then the goods go back on the shelf, and are held again when the back office approves).
 */
@ConfigurationProperties("kiosk.orders")
public record OrderProcessProperties(Duration paymentTimeout, Duration reviewTimeout, Duration heldStockTimeout) {

    @ConstructorBinding
    public OrderProcessProperties {
        paymentTimeout = paymentTimeout == null ? Duration.ofMinutes(15) : paymentTimeout;
        if (paymentTimeout.isNegative() || paymentTimeout.isZero()) {
            throw new IllegalArgumentException("kiosk.orders.payment-timeout must be positive");
        }
        reviewTimeout = reviewTimeout == null ? Duration.ofHours(24) : reviewTimeout;
        if (reviewTimeout.isNegative() || reviewTimeout.isZero()) {
            throw new IllegalArgumentException("kiosk.orders.review-timeout must be positive");
        }
        heldStockTimeout = heldStockTimeout == null ? Duration.ofMinutes(30) : heldStockTimeout;
        if (heldStockTimeout.isNegative() || heldStockTimeout.isZero()) {
            throw new IllegalArgumentException("kiosk.orders.held-stock-timeout must be positive");
        }
    }

    /** Only the payment timeout set; the others at their defaults. */
    public OrderProcessProperties(Duration paymentTimeout) {
        this(paymentTimeout, null, null);
    }

    /** The payment timeout and the review window set; a held payment's stock kept for the default time. */
    public OrderProcessProperties(Duration paymentTimeout, Duration reviewTimeout) {
        this(paymentTimeout, reviewTimeout, null);
    }
}
