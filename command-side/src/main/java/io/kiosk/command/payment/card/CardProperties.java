package io.kiosk.command.payment.card;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;

/**
 * The card processor's account. Secrets come from the environment, never from the repository.
 *
 * @param apiUrl          the processor's API (payment intents)
 * @param secretKey       the API's bearer secret key; card payments are off while it is blank
 * @param webhookSecret   the secret that signs webhooks ({@code Stripe-Signature: t=..,v1=..})
 * @param tolerance       how old a webhook's signed timestamp may be
 */
@ConfigurationProperties("kiosk.payments.card")
public record CardProperties(URI apiUrl, String secretKey, String webhookSecret, Duration tolerance) {

    public CardProperties {
        apiUrl = apiUrl == null ? URI.create("https://api.stripe.com") : apiUrl;
        tolerance = tolerance == null ? Duration.ofMinutes(5) : tolerance;
    }

    public boolean isConfigured() {
        return secretKey != null && !secretKey.isBlank();
    }
}
