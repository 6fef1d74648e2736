package io.kiosk.command.orderprocess;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** How long a placed order waits for its money ({@code kiosk.orders.payment-timeout}, 15 minutes unless set). */
@ConfigurationProperties("kiosk.orders")
public record OrderProcessProperties(Duration paymentTimeout) {

    public OrderProcessProperties {
        paymentTimeout = paymentTimeout == null ? Duration.ofMinutes(15) : paymentTimeout;
        if (paymentTimeout.isNegative() || paymentTimeout.isZero()) {
            throw new IllegalArgumentException("kiosk.orders.payment-timeout must be positive");
        }
    }
}
