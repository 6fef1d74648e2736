package io.kiosk.command.payment.sandbox;

import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.command.payment.MinorUnits;
import org.springframework.context.ApplicationContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * A card processor's webhook as the running sandbox would send it ({@code SandboxNotices}), built by a
 * test so that it can be sent twice, or tampered with: signed with the sandbox's webhook secret of the
 * test's Spring context (made at start, like every sandbox key).
 */
public final class SandboxCardWebhooks {

    public static final String PATH = "/api/payments/card/webhooks";

    private final String secret;

    public SandboxCardWebhooks(ApplicationContext sandbox) {
        this.secret = sandbox.getBean(SandboxKeys.class).cardWebhookSecret();
    }

    /** {@code payment_intent.succeeded} for exactly what the payment asked for, under a new event id. */
    public String succeeded(PaymentRequested requested) {
        long minor = MinorUnits.of(requested.amount());
        String raw = requested.paymentId().value().toString().replace("-", "");
        return """
                {"id":"evt_test_%s","object":"event","type":"payment_intent.succeeded","created":%d,
                 "data":{"object":{"id":"pi_sandbox_%s","object":"payment_intent","amount":%d,"amount_received":%d,
                 "currency":"%s","metadata":{"payment_id":"%s"}}}}""".formatted(UUID.randomUUID().toString().replace("-", ""),
                Instant.now().getEpochSecond(), raw, minor, minor,
                requested.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT), requested.paymentId());
    }

    /** The {@code Signature} header the sandbox puts on the body now. */
    public String signature(String body) {
        return signature(body, secret);
    }

    /** The same header computed with another secret: what a forger without the sandbox's secret can send. */
    public static String signature(String body, String secret) {
        long timestamp = Instant.now().getEpochSecond();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(
                    mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
