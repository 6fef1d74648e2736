package io.kiosk.command.payment;

import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.RecordProviderNotification;
import io.kiosk.api.payment.RecordRefundNotification;
import io.kiosk.command.RuleViolation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands verified notifications to their payments for every provider's endpoint. A notification about a
 * payment Kiosk does not know is answered as not taken, so the provider keeps it (and a person can look);
 * one that lost a race with another change of the payment (another instance took a repeat of it at the same
 * moment) is not taken either, and the provider's retry finds it judged or judges it then.
 */
@Component
public class ProviderNotifications {

    private static final Logger log = LoggerFactory.getLogger(ProviderNotifications.class);

    /** Whether the payment took the notification (or had taken it before). */
    public enum Taken { YES, UNKNOWN_PAYMENT, TRY_AGAIN }

    private final CommandGateway commands;

    ProviderNotifications(CommandGateway commands) {
        this.commands = commands;
    }

    public Taken record(String provider, RecordProviderNotification notification) {
        return take(provider, notification, notification.notificationId(), notification.paymentId());
    }

    /** A refund notification is taken the same way; a payment that never succeeded cannot take it, and says so. */
    public Taken record(String provider, RecordRefundNotification notification) {
        try {
            return take(provider, notification, notification.notificationId(), notification.paymentId());
        } catch (RuleViolation refused) {
            log.warn("{} refund notification {} refused by payment {}: {}", provider, notification.notificationId(),
                    notification.paymentId(), refused.getMessage());
            return Taken.UNKNOWN_PAYMENT;
        }
    }

    private Taken take(String provider, Object notification, String notificationId, PaymentId paymentId) {
        try {
            commands.sendAndWait(notification);
            return Taken.YES;
        } catch (AggregateNotFoundException unknown) {
            log.warn("{} notification {} names unknown payment {}", provider, notificationId, paymentId);
            return Taken.UNKNOWN_PAYMENT;
        } catch (ConcurrencyException raced) {
            log.info("{} notification {} raced another change of payment {}; the provider will retry", provider,
                    notificationId, paymentId);
            return Taken.TRY_AGAIN;
        }
    }
}
