package io.kiosk.command.payment.wechat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.payment.ProviderOutcome;
import io.kiosk.api.payment.RecordProviderNotification;
import io.kiosk.command.payment.MinorUnits;
import io.kiosk.command.payment.ProviderNotifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Map;

/**
 * WeChat Pay's payment notifications (public: WeChat Pay has no Kiosk login; its signature is its proof).
 * The headers' signature is checked (and its timestamp must be within five minutes), then the
 * {@code resource} is decrypted with the APIv3 key. WeChat Pay takes 200/204 as received; anything else,
 * answered with its own {@code {"code":"FAIL","message":...}} JSON, makes it retry. Refusals are logged in
 * one line and change nothing.
 */
@RestController
@Tag(name = "Payment notifications")
class WeChatPayNotifications {

    private static final Logger log = LoggerFactory.getLogger(WeChatPayNotifications.class);

    private final WeChatPayProperties properties;
    private final ProviderNotifications notifications;
    private final ObjectMapper json;
    private final Clock clock;
    private final WeChatPaySignatures signatures;

    WeChatPayNotifications(WeChatPayProperties properties, ProviderNotifications notifications, ObjectMapper json,
                           Clock clock) {
        this.properties = properties;
        this.notifications = notifications;
        this.json = json;
        this.clock = clock;
        this.signatures = properties.isConfigured() ? new WeChatPaySignatures(properties, clock) : null;
    }

    @PostMapping(path = "/api/payments/wechat/notifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Receive a payment notification from WeChat Pay (answers 204, or a FAIL JSON)")
    ResponseEntity<Object> receive(@RequestHeader(name = "Wechatpay-Serial", required = false) String serial,
                                   @RequestHeader(name = "Wechatpay-Timestamp", required = false) String timestamp,
                                   @RequestHeader(name = "Wechatpay-Nonce", required = false) String nonce,
                                   @RequestHeader(name = "Wechatpay-Signature", required = false) String signature,
                                   @RequestBody String body) {
        if (signatures == null) {
            return refuse(HttpStatus.NOT_FOUND, "WeChat Pay is not configured");
        }
        String refusal = signatures.refusal(serial, timestamp, nonce, signature, body);
        if (refusal != null) {
            return refuse(HttpStatus.UNAUTHORIZED, refusal);
        }
        JsonNode envelope = read(body);
        JsonNode resource = envelope.path("resource");
        String plain = signatures.decrypt(resource.path("associated_data").asText(null), resource.path("nonce").asText(""),
                resource.path("ciphertext").asText(""));
        if (plain == null) {
            return refuse(HttpStatus.BAD_REQUEST, "resource of notification " + envelope.path("id").asText() + " does not decrypt");
        }
        JsonNode transaction = read(plain);
        if (!properties.merchantId().equals(transaction.path("mchid").asText())) {
            return refuse(HttpStatus.BAD_REQUEST, "notification for another merchant " + transaction.path("mchid").asText());
        }
        ProviderOutcome outcome = switch (transaction.path("trade_state").asText()) {
            case "SUCCESS" -> ProviderOutcome.SUCCEEDED;
            case "CLOSED", "REVOKED" -> ProviderOutcome.CLOSED;
            case "PAYERROR" -> ProviderOutcome.FAILED;
            default -> null;
        };
        if (outcome == null) {
            return ResponseEntity.noContent().build();
        }
        RecordProviderNotification notification;
        try {
            JsonNode amount = transaction.path("amount");
            notification = new RecordProviderNotification(
                    WeChatPayGateway.paymentId(transaction.path("out_trade_no").asText(null)),
                    required(envelope.path("id").asText("")), outcome,
                    MinorUnits.toMoney(amount.path("total").asLong(), Currency.getInstance(amount.path("currency").asText("CNY"))),
                    transaction.path("transaction_id").asText(null),
                    transaction.hasNonNull("success_time")
                            ? OffsetDateTime.parse(transaction.path("success_time").asText()).toInstant() : clock.instant());
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            return refuse(HttpStatus.BAD_REQUEST, "malformed notification: " + malformed.getMessage());
        }
        return switch (notifications.record("wechat", notification)) {
            case YES -> ResponseEntity.noContent().build();
            case UNKNOWN_PAYMENT -> fail(HttpStatus.NOT_FOUND, "unknown trade");
            case TRY_AGAIN -> fail(HttpStatus.SERVICE_UNAVAILABLE, "busy, try again");
        };
    }

    private JsonNode read(String text) {
        try {
            JsonNode node = json.readTree(text);
            return node == null ? json.createObjectNode() : node;
        } catch (JsonProcessingException notJson) {
            return json.createObjectNode();
        }
    }

    private static String required(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("the notification has no id");
        }
        return value;
    }

    private static ResponseEntity<Object> refuse(HttpStatus status, String why) {
        log.warn("wechat pay notification refused: {}", why);
        return fail(status, why);
    }

    private static ResponseEntity<Object> fail(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", "FAIL", "message", message));
    }
}
