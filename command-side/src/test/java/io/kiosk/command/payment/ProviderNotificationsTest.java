package io.kiosk.command.payment;

import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.ProviderOutcome;
import io.kiosk.api.payment.RecordProviderNotification;
import io.kiosk.api.pricing.Money;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** What a provider's endpoint learns from handing a verified notification to its payment. */
class ProviderNotificationsTest {

    private static final RecordProviderNotification PAID = new RecordProviderNotification(PaymentId.random(), "n-1",
            ProviderOutcome.SUCCEEDED, Money.of("1.00", "CNY"), "t-1", Instant.parse("2026-11-25T10:00:00Z"));

    private final CommandGateway commands = mock(CommandGateway.class);
    private final ProviderNotifications notifications = new ProviderNotifications(commands);

    @Test
    void a_notification_the_payment_took_is_taken() {
        assertThat(notifications.record("alipay", PAID)).isEqualTo(ProviderNotifications.Taken.YES);
    }

    @Test
    void a_notification_about_an_unknown_payment_is_not_taken() {
        when(commands.sendAndWait(any())).thenThrow(new AggregateNotFoundException(PAID.paymentId().toString(), "no such payment"));

        assertThat(notifications.record("alipay", PAID)).isEqualTo(ProviderNotifications.Taken.UNKNOWN_PAYMENT);
    }

    @Test
    void a_notification_that_raced_another_change_is_left_for_the_providers_retry() {
        when(commands.sendAndWait(any())).thenThrow(new ConcurrencyException("another instance appended first"));

        assertThat(notifications.record("wechat", PAID)).isEqualTo(ProviderNotifications.Taken.TRY_AGAIN);
    }
}
