package io.kiosk.command.payment.sandbox;

import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.command.payment.MinorUnits;
import io.kiosk.command.payment.StripeWebhooks;
import io.kiosk.command.payment.TradeNumbers;
import org.springframework.context.ApplicationContext;

import java.util.Locale;
import java.util.Map;

/**
 * A card processor's webhook for a payment the running sandbox opened, built by a test so that it can be sent
 * twice, or tampered with: made and signed by stripe-java ({@link StripeWebhooks}) with the sandbox's webhook
 * secret of the test's Spring context (made at start, like every sandbox key).
 */
public final class SandboxCardWebhooks {

    public static final String PATH = StripeWebhooks.PATH;

    private final String secret;

    public SandboxCardWebhooks(ApplicationContext sandbox) {
        this.secret = sandbox.getBean(SandboxKeys.class).cardWebhookSecret();
    }

    /** {@code payment_intent.succeeded} for exactly what the payment asked for, under a new event id. */
    public String succeeded(PaymentRequested requested) {
        long minor = MinorUnits.of(requested.amount());
        return StripeWebhooks.intentEvent("payment_intent.succeeded", "pi_sandbox_" + TradeNumbers.of(requested.paymentId()),
                minor, minor, requested.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT),
                requested.paymentId().toString());
    }

    /** The {@code Stripe-Signature} header the sandbox puts on the body now. */
    public Map<String, String> signed(String body) {
        return StripeWebhooks.signed(body, secret);
    }
}
