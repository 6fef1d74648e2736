package io.kiosk.command.payment.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.payment.ProviderOutcome;
import io.kiosk.api.payment.RecordProviderNotification;
import io.kiosk.api.payment.RecordRefundNotification;
import io.kiosk.command.payment.MinorUnits;
import io.kiosk.command.payment.ProviderNotifications;
import io.kiosk.command.payment.TradeNumbers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.function.Function;

import static io.kiosk.command.payment.wechat.WeChatPayEnvelopes.fail;
import static io.kiosk.command.payment.wechat.WeChatPayEnvelopes.refused;

/**
 * WeChat Pay's notifications (public: WeChat Pay has no Kiosk login; its signature is its proof), opened and
 * checked by {@link WeChatPayEnvelopes}. A transaction that succeeded, closed or failed becomes a notification
 * of its payment. Refund notifications come to the {@code notify_url} of each refund: {@code REFUND.SUCCESS}
 * says the money is back, {@code REFUND.ABNORMAL} that it could not reach the customer's account,
 * {@code REFUND.CLOSED} that the refund was closed; each becomes a notification of the payment about that refund.
 */
@RestController
@Tag(name = "Payment notifications")
class WeChatPayNotifications {

    private final ProviderNotifications notifications;
    private final Clock clock;
    private final WeChatPayEnvelopes envelopes;

    WeChatPayNotifications(WeChatPayProperties properties, ProviderNotifications notifications, ObjectMapper json,
                           Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
        this.envelopes = new WeChatPayEnvelopes(properties,
                properties.isConfigured() ? new WeChatPaySignatures(properties, clock) : null, json);
    }

    @PostMapping(path = "/api/payments/wechat/notifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "receiveWeChatPayNotification", summary = "Receive a payment notification from WeChat Pay",
            description = "WeChat Pay's signed, encrypted notification (headers `Wechatpay-*`). Any 2xx stops WeChat Pay; a "
                    + "`FAIL` answer makes it send the notification again later.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
                    description = "WeChat Pay's envelope: id, event_type and the encrypted transaction in resource"))),
            responses = {
                    @ApiResponse(responseCode = "204", description = "Taken (or of no interest)"),
                    @ApiResponse(responseCode = "400", description = "`FAIL`: malformed, undecryptable or for another merchant", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schemaProperties = {
                            @SchemaProperty(name = "code", schema = @Schema(type = "string", allowableValues = "FAIL")),
                            @SchemaProperty(name = "message", schema = @Schema(type = "string"))})),
                    @ApiResponse(responseCode = "401", description = "`FAIL`: the signature does not verify", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schemaProperties = {
                            @SchemaProperty(name = "code", schema = @Schema(type = "string", allowableValues = "FAIL")),
                            @SchemaProperty(name = "message", schema = @Schema(type = "string"))})),
                    @ApiResponse(responseCode = "404", description = "`FAIL`: WeChat Pay is not configured, or the trade is unknown", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schemaProperties = {
                            @SchemaProperty(name = "code", schema = @Schema(type = "string", allowableValues = "FAIL")),
                            @SchemaProperty(name = "message", schema = @Schema(type = "string"))})),
                    @ApiResponse(responseCode = "503", description = "`FAIL`: busy; WeChat Pay retries", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schemaProperties = {
                            @SchemaProperty(name = "code", schema = @Schema(type = "string", allowableValues = "FAIL")),
                            @SchemaProperty(name = "message", schema = @Schema(type = "string"))}))})
    ResponseEntity<Object> receive(@RequestHeader(name = "Wechatpay-Serial", required = false) String serial,
                                   @RequestHeader(name = "Wechatpay-Timestamp", required = false) String timestamp,
                                   @RequestHeader(name = "Wechatpay-Nonce", required = false) String nonce,
                                   @RequestHeader(name = "Wechatpay-Signature", required = false) String signature,
                                   @RequestBody String body) {
        return opened(serial, timestamp, nonce, signature, body, this::payment);
    }

    private ResponseEntity<Object> payment(WeChatPayEnvelopes.Opened opened) {
        JsonNode transaction = opened.resource();
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
                    TradeNumbers.paymentId(transaction.path("out_trade_no").asText(null)),
                    required(opened.id()), outcome,
                    MinorUnits.toMoney(amount.path("total").asLong(), Currency.getInstance(amount.path("currency").asText("CNY"))),
                    transaction.path("transaction_id").asText(null), successTime(transaction));
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            return refused(HttpStatus.BAD_REQUEST, "malformed notification: " + malformed.getMessage()).answer();
        }
        return answer(notifications.record("wechat", notification));
    }

    @PostMapping(path = "/api/payments/wechat/refund-notifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "receiveWeChatPayRefundNotification", summary = "Receive a refund notification from WeChat Pay",
            description = "WeChat Pay's signed, encrypted notification (headers `Wechatpay-*`). Any 2xx stops WeChat Pay; a "
                    + "`FAIL` answer makes it send the notification again later.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
                    description = "WeChat Pay's envelope: id, event_type and the encrypted refund in resource"))),
            responses = {
                    @ApiResponse(responseCode = "204", description = "Taken (or of no interest)"),
                    @ApiResponse(responseCode = "400", description = "`FAIL`: malformed, undecryptable or for another merchant", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schemaProperties = {
                            @SchemaProperty(name = "code", schema = @Schema(type = "string", allowableValues = "FAIL")),
                            @SchemaProperty(name = "message", schema = @Schema(type = "string"))})),
                    @ApiResponse(responseCode = "401", description = "`FAIL`: the signature does not verify", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schemaProperties = {
                            @SchemaProperty(name = "code", schema = @Schema(type = "string", allowableValues = "FAIL")),
                            @SchemaProperty(name = "message", schema = @Schema(type = "string"))})),
                    @ApiResponse(responseCode = "404", description = "`FAIL`: WeChat Pay is not configured, or the trade is unknown", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schemaProperties = {
                            @SchemaProperty(name = "code", schema = @Schema(type = "string", allowableValues = "FAIL")),
                            @SchemaProperty(name = "message", schema = @Schema(type = "string"))})),
                    @ApiResponse(responseCode = "503", description = "`FAIL`: busy; WeChat Pay retries", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schemaProperties = {
                            @SchemaProperty(name = "code", schema = @Schema(type = "string", allowableValues = "FAIL")),
                            @SchemaProperty(name = "message", schema = @Schema(type = "string"))}))})
    ResponseEntity<Object> receiveRefund(@RequestHeader(name = "Wechatpay-Serial", required = false) String serial,
                                         @RequestHeader(name = "Wechatpay-Timestamp", required = false) String timestamp,
                                         @RequestHeader(name = "Wechatpay-Nonce", required = false) String nonce,
                                         @RequestHeader(name = "Wechatpay-Signature", required = false) String signature,
                                         @RequestBody String body) {
        return opened(serial, timestamp, nonce, signature, body, this::refund);
    }

    private ResponseEntity<Object> refund(WeChatPayEnvelopes.Opened opened) {
        ProviderOutcome outcome = switch (opened.eventType()) {
            case "REFUND.SUCCESS" -> ProviderOutcome.SUCCEEDED;
            case "REFUND.ABNORMAL" -> ProviderOutcome.FAILED;
            case "REFUND.CLOSED" -> ProviderOutcome.CLOSED;
            default -> null;
        };
        if (outcome == null) {
            return ResponseEntity.noContent().build();
        }
        JsonNode refund = opened.resource();
        RecordRefundNotification notification;
        try {
            notification = new RecordRefundNotification(
                    TradeNumbers.paymentId(refund.path("out_trade_no").asText(null)),
                    TradeNumbers.refundId(refund.path("out_refund_no").asText(null)),
                    required(opened.id()), outcome,
                    MinorUnits.toMoney(refund.path("amount").path("refund").asLong(), Currency.getInstance("CNY")),
                    refund.path("refund_id").asText(null), successTime(refund));
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            return refused(HttpStatus.BAD_REQUEST, "malformed refund notification: " + malformed.getMessage()).answer();
        }
        return answer(notifications.record("wechat", notification));
    }

    /** The answer to a notification: {@code then}'s for one that passes the envelope's checks, the refusal otherwise. */
    private ResponseEntity<Object> opened(String serial, String timestamp, String nonce, String signature, String body,
                                          Function<WeChatPayEnvelopes.Opened, ResponseEntity<Object>> then) {
        try {
            return then.apply(envelopes.open(serial, timestamp, nonce, signature, body));
        } catch (WeChatPayEnvelopes.Refused refusal) {
            return refusal.answer();
        }
    }

    private Instant successTime(JsonNode resource) {
        return resource.hasNonNull("success_time")
                ? OffsetDateTime.parse(resource.path("success_time").asText()).toInstant() : clock.instant();
    }

    private static ResponseEntity<Object> answer(ProviderNotifications.Taken taken) {
        return switch (taken) {
            case YES -> ResponseEntity.noContent().build();
            case UNKNOWN_PAYMENT -> fail(HttpStatus.NOT_FOUND, "unknown trade");
            case TRY_AGAIN -> fail(HttpStatus.SERVICE_UNAVAILABLE, "busy, try again");
        };
    }

    private static String required(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("the notification has no id");
        }
        return value;
    }
}
