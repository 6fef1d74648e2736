package io.kiosk.command.payment;

import io.kiosk.api.payment.RecordProviderNotification;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands verified notifications to their payments for every provider's endpoint. A notification about a
 * payment Kiosk does not know is answered as not taken, so the provider keeps it (and a person can look).
 */
@Component
public class ProviderNotifications {

    private static final Logger log = LoggerFactory.getLogger(ProviderNotifications.class);

    /** Whether the payment took the notification (or had taken it before). */
    public enum Taken { YES, UNKNOWN_PAYMENT }

    private final CommandGateway commands;

    ProviderNotifications(CommandGateway commands) {
        this.commands = commands;
    }

    public Taken record(String provider, RecordProviderNotification notification) {
        try {
            commands.sendAndWait(notification);
            return Taken.YES;
        } catch (AggregateNotFoundException unknown) {
            log.warn("{} notification {} names unknown payment {}", provider, notification.notificationId(),
                    notification.paymentId());
            return Taken.UNKNOWN_PAYMENT;
        }
    }
}
