package io.kiosk.command.payment;

import io.kiosk.security.http.BodyLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The providers' endpoints are open to anyone and read the whole body before its signature can be checked,
 * so a body may not be larger than any real notification (a few kilobytes): a larger declared length is
 * answered 413 {@code notification-too-large} at once, and a body without one stops being read at the limit
 * (web-security's {@code RequestBodyLimit}, which holds every other body to the general limit).
 */
@Configuration(proxyBeanMethods = false)
class NotificationBodyLimit {

    static final int MAX_BYTES = 64 * 1024;

    @Bean
    BodyLimit notificationBodies() {
        return new BodyLimit("/api/payments/", MAX_BYTES, "notification-too-large", "Notification too large");
    }
}
