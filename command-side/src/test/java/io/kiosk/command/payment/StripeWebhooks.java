package io.kiosk.command.payment;

import com.google.gson.JsonParser;
import com.stripe.Stripe;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import com.stripe.net.ApiResource;
import com.stripe.net.Webhook;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The card processor's webhooks as Stripe sends them, made by stripe-java rather than by hand: the event and its
 * object are stripe-java's model classes written by its own Gson ({@code toJson}), and the {@code Stripe-Signature} header is
 * stripe-java's scheme ({@link Webhook.Util#computeHmacSha256}). Kiosk's checks are judged against these.
 */
public final class StripeWebhooks {

    public static final String PATH = "/api/payments/card/webhooks";
    public static final String HEADER = "Stripe-Signature";

    private StripeWebhooks() {
    }

    /** A {@code payment_intent.*} event about an intent of the payment {@code paymentId}. */
    public static String intentEvent(String type, String intentId, long amount, long received, String currency,
                                     String paymentId) {
        PaymentIntent intent = new PaymentIntent();
        intent.setId(intentId);
        intent.setObject("payment_intent");
        intent.setAmount(amount);
        intent.setAmountReceived(received);
        intent.setCurrency(currency);
        intent.setStatus(type.equals("payment_intent.succeeded") ? "succeeded" : "requires_payment_method");
        intent.setMetadata(Map.of("payment_id", paymentId));
        return event(type, intent);
    }

    /** A {@code refund.*} event about a refund Kiosk asked for, named by its metadata. */
    public static String refundEvent(String type, String refundId, String status, long amount, String currency,
                                     String paymentId, String kioskRefundId) {
        Refund refund = new Refund();
        refund.setId(refundId);
        refund.setObject("refund");
        refund.setStatus(status);
        refund.setAmount(amount);
        refund.setCurrency(currency);
        refund.setMetadata(Map.of("payment_id", paymentId, "refund_id", kioskRefundId));
        return event(type, refund);
    }

    private static String event(String type, StripeObject object) {
        Event event = new Event();
        event.setId("evt_" + UUID.randomUUID().toString().replace("-", ""));
        event.setObject("event");
        event.setType(type);
        event.setApiVersion(Stripe.API_VERSION);
        event.setCreated(Instant.now().getEpochSecond());
        event.setLivemode(false);
        Event.Data data = new Event.Data();
        data.setObject(JsonParser.parseString(object.toJson()).getAsJsonObject());
        event.setData(data);
        return ApiResource.GSON.toJson(event);
    }

    /** The {@code Stripe-Signature} header Stripe puts on the body now, signed with {@code secret}. */
    public static Map<String, String> signed(String body, String secret) {
        return Map.of(HEADER, signature(body, secret, Instant.now().getEpochSecond()));
    }

    /** The header's value for a body signed at {@code timestamp} (unix seconds) with {@code secret}. */
    public static String signature(String body, String secret, long timestamp) {
        return "t=" + timestamp + ",v1=" + v1(body, secret, timestamp);
    }

    /** One {@code v1} signature of the body: several may stand in one header while a secret is rolled. */
    public static String v1(String body, String secret, long timestamp) {
        try {
            return Webhook.Util.computeHmacSha256(secret, timestamp + "." + body);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
