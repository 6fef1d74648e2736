package io.kiosk.command.orderprocess;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

import java.time.Duration;

/**
 * How long a placed order waits for its money ({@code kiosk.orders.payment-timeout}, 15 minutes unless set), and
 * for the back office when the risk check holds its payment for review ({@code kiosk.orders.review-timeout}, 24 hours).
 */
@ConfigurationProperties("kiosk.orders")
public record OrderProcessProperties(Duration paymentTimeout, Duration reviewTimeout) {

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
    }

    /** Only the payment timeout set; the review window at its default. */
    public OrderProcessProperties(Duration paymentTimeout) {
        this(paymentTimeout, null);
    }
}
