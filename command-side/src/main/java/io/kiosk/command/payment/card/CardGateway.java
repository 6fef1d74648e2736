package io.kiosk.command.payment.card;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.command.payment.MinorUnits;
import io.kiosk.command.payment.PaymentGateway;
import io.kiosk.command.payment.ProviderHttp;
import io.kiosk.command.payment.ProviderRefusal;
import io.kiosk.command.payment.Trade;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

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
 * processor asks for one. Closing cancels the payment's open intents, found by their metadata.
 */
public class CardGateway implements PaymentGateway {

    /** Intents in these states can still be paid, and can be cancelled. */
    private static final Set<String> OPEN = Set.of("requires_payment_method", "requires_confirmation",
            "requires_action", "requires_capture");

    private final CardProperties properties;
    private final RestClient api;

    public CardGateway(CardProperties properties) {
        this.properties = properties;
        this.api = ProviderHttp.client(properties.apiUrl());
    }

    @Override
    public PaymentAction open(Trade trade) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("amount", Long.toString(MinorUnits.of(trade.amount())));
        form.add("currency", trade.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT));
        form.add("description", trade.description());
        form.add("metadata[payment_id]", trade.paymentId().toString());
        JsonNode intent = call(() -> api.post().uri("/v1/payment_intents")
                .header("Authorization", "Bearer " + properties.secretKey())
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
        JsonNode found = call(() -> api.get()
                .uri(uri -> uri.path("/v1/payment_intents/search")
                        .queryParam("query", "{query}").build("metadata['payment_id']:'" + paymentId + "'"))
                .header("Authorization", "Bearer " + properties.secretKey())
                .retrieve().body(JsonNode.class));
        for (JsonNode intent : found.path("data")) {
            if (OPEN.contains(intent.path("status").asText())) {
                String id = intent.path("id").asText();
                call(() -> api.post().uri("/v1/payment_intents/{id}/cancel", id)
                        .header("Authorization", "Bearer " + properties.secretKey())
                        .header("Idempotency-Key", "close-" + paymentId)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .body(new LinkedMultiValueMap<>(Map.of("cancellation_reason", List.of("abandoned"))))
                        .retrieve().body(JsonNode.class));
            }
        }
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
