package io.kiosk.command.payment.card;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.command.payment.MinorUnits;
import io.kiosk.command.payment.PaymentGateway;
import io.kiosk.command.payment.ProviderHttp;
import io.kiosk.command.payment.ProviderRefund;
import io.kiosk.command.payment.ProviderRefusal;
import io.kiosk.command.payment.RefundReceipt;
import io.kiosk.command.payment.Trade;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Card payments through a processor's payment intents, in the shape the big processors share: a
 * form-encoded {@code POST /v1/payment_intents} with the amount in minor units, authenticated by the secret
 * key as bearer token and made idempotent by the payment's id. The answer's {@code client_secret} lets the
 * processor's script take the card in the customer's browser; a redirect is followed instead when the
 * processor asks for one. Closing cancels the payment's open intents, found by their metadata, each cancellation
 * idempotent by its own intent's id (one key for two intents would make the processor answer the second with the
 * first's result, leaving it open). A refund is a
 * form-encoded {@code POST /v1/refunds} of the intent that collected the money, in minor units, made idempotent
 * by the refund's id ({@code Idempotency-Key}) and carrying it in its metadata, so that the processor's
 * {@code refund.updated} webhook names it when a pending refund settles.
 *
 * <p>Every call names the API version these formats were written against ({@code Stripe-Version}), so that the
 * processor answers in them whatever version the account defaults to.
 */
public class CardGateway implements PaymentGateway {

    /** Intents in these states can still be paid, and can be cancelled. */
    private static final Set<String> OPEN = Set.of("requires_payment_method", "requires_confirmation",
            "requires_action", "requires_capture");

    /** Stripe's API version of the formats here (the one stripe-java 28.0.0 pins); answers and requests follow it. */
    public static final String API_VERSION = "2024-10-28.acacia";

    private final RestClient api;
    private final Clock clock;

    public CardGateway(CardProperties properties, ProviderHttp.Timeouts timeouts, Clock clock) {
        this.api = ProviderHttp.client(properties.apiUrl(), timeouts).mutate()
                .defaultHeader("Authorization", "Bearer " + properties.secretKey())
                .defaultHeader("Stripe-Version", API_VERSION)
                .build();
        this.clock = clock;
    }

    @Override
    public PaymentAction open(Trade trade) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("amount", Long.toString(MinorUnits.of(trade.amount())));
        form.add("currency", trade.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT));
        form.add("description", trade.description());
        form.add("metadata[payment_id]", trade.paymentId().toString());
        JsonNode intent = call(() -> api.post().uri("/v1/payment_intents")
                .header("Idempotency-Key", "open-" + trade.paymentId())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve().body(JsonNode.class));
        String redirect = intent.path("next_action").path("redirect_to_url").path("url").asText("");
        if (!redirect.isBlank()) {
            return new PaymentAction(PaymentAction.Kind.REDIRECT, redirect);
        }
        String secret = intent.path("client_secret").asText("");
        if (secret.isBlank()) {
            throw new ProviderRefusal("provider-refused", "the card processor answered without a client secret");
        }
        return new PaymentAction(PaymentAction.Kind.CLIENT_SECRET, secret);
    }

    @Override
    public void close(PaymentId paymentId, PaymentProvider method) {
        for (JsonNode intent : search(paymentId).path("data")) {
            if (OPEN.contains(intent.path("status").asText())) {
                String id = intent.path("id").asText();
                call(() -> api.post().uri("/v1/payment_intents/{id}/cancel", id)
                        .header("Idempotency-Key", "close-" + paymentId + "-" + id)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .body(new LinkedMultiValueMap<>(Map.of("cancellation_reason", List.of("abandoned"))))
                        .retrieve().body(JsonNode.class));
            }
        }
    }

    @Override
    public RefundReceipt refund(ProviderRefund refund) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("payment_intent", refund.providerTransactionId() != null ? refund.providerTransactionId()
                : collectingIntent(refund.paymentId()));
        form.add("amount", Long.toString(MinorUnits.of(refund.amount())));
        form.add("reason", "requested_by_customer");
        form.add("metadata[refund_id]", refund.refundId().toString());
        form.add("metadata[payment_id]", refund.paymentId().toString());
        JsonNode answer = call(() -> api.post().uri("/v1/refunds")
                .header("Idempotency-Key", "refund-" + refund.refundId())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve().body(JsonNode.class));
        String id = answer.path("id").asText(null);
        return switch (answer.path("status").asText()) {
            case "succeeded" -> RefundReceipt.completed(id, answer.hasNonNull("created")
                    ? Instant.ofEpochSecond(answer.path("created").asLong()) : clock.instant());
            case "pending", "requires_action" -> RefundReceipt.pending(id);
            default -> throw new ProviderRefusal("refund-failed", "the card processor answered the refund "
                    + answer.path("status").asText() + ": " + answer.path("failure_reason").asText("no reason given"));
        };
    }

    /** The intent that collected the payment, found by its metadata, when the payment did not learn its id. */
    private String collectingIntent(PaymentId paymentId) {
        for (JsonNode intent : search(paymentId).path("data")) {
            if (intent.path("status").asText().equals("succeeded")) {
                return intent.path("id").asText();
            }
        }
        throw new ProviderRefusal("trade-not-found", "the card processor holds no succeeded intent of payment " + paymentId);
    }

    private JsonNode search(PaymentId paymentId) {
        return call(() -> api.get()
                .uri(uri -> uri.path("/v1/payment_intents/search")
                        .queryParam("query", "{query}").build("metadata['payment_id']:'" + paymentId + "'"))
                .retrieve().body(JsonNode.class));
    }

    private static JsonNode call(Supplier<JsonNode> request) {
        try {
            JsonNode answer = request.get();
            if (answer == null) {
                throw new ProviderRefusal("provider-refused", "the card processor answered with an empty body");
            }
            return answer;
        } catch (RestClientResponseException refused) {
            if (refused.getStatusCode().is4xxClientError()) {
                throw new ProviderRefusal("provider-refused", "the card processor refused (" + refused.getStatusCode().value()
                        + "): " + messageOf(refused));
            }
            throw new ProviderRefusal("provider-unavailable", "the card processor failed (" + refused.getStatusCode().value() + ")");
        } catch (RestClientException unreachable) {
            throw new ProviderRefusal("provider-unavailable", "the card processor could not be reached: " + unreachable.getMessage());
        }
    }

    private static String messageOf(RestClientResponseException refused) {
        try {
            JsonNode error = refused.getResponseBodyAs(JsonNode.class);
            return error == null ? "no reason given" : error.path("error").path("message").asText("no reason given");
        } catch (RuntimeException unreadable) {
            return "no reason given";
        }
    }
}
