package io.kiosk.command.payment.card;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.ProviderOutcome;
import io.kiosk.api.payment.RecordProviderNotification;
import io.kiosk.api.payment.RecordRefundNotification;
import io.kiosk.api.refund.RefundId;
import io.kiosk.command.RuleViolation;
import io.kiosk.command.payment.MinorUnits;
import io.kiosk.command.payment.ProviderNotifications;
import io.kiosk.command.problems.InvalidField;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;

/**
 * The card processor's webhook (public: the processor has no Kiosk login; the signature in its
 * {@code Stripe-Signature} header is its proof).
 * {@code payment_intent.succeeded}, {@code payment_intent.payment_failed} and {@code payment_intent.canceled}
 * of Kiosk's intents become notifications of their payment; events about one of Kiosk's refunds
 * ({@code refund.updated}, {@code refund.failed}: a pending refund that settled) become notifications of the
 * payment about that refund; other events are acknowledged and ignored. A
 * signature that does not verify is answered 401 (logged in one line by the problem responses) and changes
 * nothing; any 2xx tells the processor to stop retrying.
 */
@RestController
@Tag(name = "Payment notifications")
class CardWebhooks {

    private final CardProperties properties;
    private final ProviderNotifications notifications;
    private final ObjectMapper json;
    private final Clock clock;

    CardWebhooks(CardProperties properties, ProviderNotifications notifications, ObjectMapper json, Clock clock) {
        this.properties = properties;
        this.notifications = notifications;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(path = "/api/payments/card/webhooks", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "receiveCardWebhook", summary = "Receive a signed event from the card processor",
            description = "The processor's event (`payment_intent.*`, `refund.*`), signed in the `Stripe-Signature` header. Any 2xx stops "
                    + "the processor retrying.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
                    description = "the processor's event: id, type, created and data.object"))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Received; `applied` says whether it changed a payment",
                            useReturnTypeSchema = true),
                    @ApiResponse(responseCode = "401", description = "`invalid-signature`"),
                    @ApiResponse(responseCode = "404", description = "`provider-not-configured`; `payment-not-found`"),
                    @ApiResponse(responseCode = "409", description = "`concurrent-change`: send the event again")})
    WebhookReceipt receive(@RequestHeader(name = CardWebhookSignature.HEADER, required = false) String signature,
                                @RequestBody String body) {
        if (properties.webhookSecret() == null || properties.webhookSecret().isBlank()) {
            throw RuleViolation.notFound("provider-not-configured", null, "card payments are not configured");
        }
        String refusal = new CardWebhookSignature(properties.webhookSecret(), properties.tolerance(), clock)
                .refusal(signature, body);
        if (refusal != null) {
            throw RuleViolation.unauthenticated("invalid-signature", "the webhook's signature does not verify: " + refusal);
        }
        JsonNode event = read(body);
        if (event.path("data").path("object").path("object").asText().equals("refund")) {
            return refund(event);
        }
        ProviderOutcome outcome = switch (event.path("type").asText()) {
            case "payment_intent.succeeded" -> ProviderOutcome.SUCCEEDED;
            case "payment_intent.payment_failed" -> ProviderOutcome.FAILED;
            case "payment_intent.canceled" -> ProviderOutcome.CLOSED;
            default -> null;
        };
        JsonNode intent = event.path("data").path("object");
        String paymentId = intent.path("metadata").path("payment_id").asText("");
        if (outcome == null || paymentId.isBlank()) {
            return WebhookReceipt.IGNORED;
        }
        Currency currency = currencyOf(intent);
        long minor = intent.hasNonNull("amount_received") && intent.path("amount_received").asLong() > 0
                ? intent.path("amount_received").asLong() : intent.path("amount").asLong();
        var notification = new RecordProviderNotification(
                InvalidField.parse("data.object.metadata.payment_id", () -> PaymentId.of(paymentId)),
                event.path("id").asText(), outcome, MinorUnits.toMoney(minor, currency), intent.path("id").asText(null),
                Instant.ofEpochSecond(event.path("created").asLong(clock.instant().getEpochSecond())));
        return answer(notifications.record("card", notification), paymentId);
    }

    private WebhookReceipt refund(JsonNode event) {
        JsonNode refund = event.path("data").path("object");
        ProviderOutcome outcome = switch (refund.path("status").asText()) {
            case "succeeded" -> ProviderOutcome.SUCCEEDED;
            case "failed" -> ProviderOutcome.FAILED;
            case "canceled" -> ProviderOutcome.CLOSED;
            default -> null;
        };
        String paymentId = refund.path("metadata").path("payment_id").asText("");
        String refundId = refund.path("metadata").path("refund_id").asText("");
        if (outcome == null || paymentId.isBlank() || refundId.isBlank()) {
            return WebhookReceipt.IGNORED;
        }
        var notification = new RecordRefundNotification(
                InvalidField.parse("data.object.metadata.payment_id", () -> PaymentId.of(paymentId)),
                InvalidField.parse("data.object.metadata.refund_id", () -> RefundId.of(refundId)),
                event.path("id").asText(), outcome, MinorUnits.toMoney(refund.path("amount").asLong(), currencyOf(refund)),
                refund.path("id").asText(null), Instant.ofEpochSecond(event.path("created").asLong(clock.instant().getEpochSecond())));
        return answer(notifications.record("card", notification), paymentId);
    }

    private static Currency currencyOf(JsonNode object) {
        return InvalidField.parse("data.object.currency",
                () -> Currency.getInstance(object.path("currency").asText().toUpperCase(Locale.ROOT)));
    }

    private static WebhookReceipt answer(ProviderNotifications.Taken taken, String paymentId) {
        return switch (taken) {
            case YES -> WebhookReceipt.APPLIED;
            case UNKNOWN_PAYMENT -> throw RuleViolation.notFound("payment-not-found", "data.object.metadata.payment_id",
                    "no payment " + paymentId + " is known");
            case TRY_AGAIN -> throw RuleViolation.conflict("concurrent-change",
                    "payment " + paymentId + " changed at the same moment; send the event again");
        };
    }

    private JsonNode read(String body) {
        try {
            JsonNode event = json.readTree(body);
            if (event == null || !event.isObject() || event.path("id").asText("").isBlank()) {
                throw new InvalidField("id", "a webhook event is a JSON object with an id");
            }
            return event;
        } catch (JsonProcessingException malformed) {
            throw new InvalidField("body", "the webhook body is not JSON");
        }
    }
}
