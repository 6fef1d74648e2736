package io.kiosk.command.payment.alipay;

import io.kiosk.api.payment.ProviderOutcome;
import io.kiosk.api.payment.RecordProviderNotification;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.payment.ProviderNotifications;
import io.kiosk.command.payment.RsaKeys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Alipay's asynchronous notifications (public: Alipay has no Kiosk login; its RSA2 signature is its proof).
 * Alipay posts a form and reads the answer's body: exactly {@code success} stops it, anything else (Kiosk
 * answers {@code failure}) makes it retry over the next day. So refusals here are {@code failure} in plain
 * text, not problem details: a signature that does not verify, another application's notification, or a
 * payment Kiosk does not know; each is logged in one line and changes nothing. The trade's {@code out_trade_no}
 * is a trade number, or the payment's id with hyphens for trades opened before Kiosk used trade numbers.
 */
@RestController
@Tag(name = "Payment notifications")
class AlipayNotifications {

    private static final Logger log = LoggerFactory.getLogger(AlipayNotifications.class);
    private static final DateTimeFormatter ALIPAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AlipayProperties properties;
    private final ProviderNotifications notifications;
    private final Clock clock;
    private final PublicKey alipayKey;

    AlipayNotifications(AlipayProperties properties, ProviderNotifications notifications, Clock clock) {
        this.properties = properties;
        this.notifications = notifications;
        this.clock = clock;
        this.alipayKey = properties.isConfigured()
                ? RsaKeys.publicKey("kiosk.payments.alipay.alipay-public-key", properties.alipayPublicKey()) : null;
    }

    @PostMapping(path = "/api/payments/alipay/notifications", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(operationId = "receiveAlipayNotification", summary = "Receive an asynchronous trade notification from Alipay",
            description = "Alipay's form, signed with RSA2 (`sign`). Kiosk answers `success`, which stops Alipay, or `failure`, "
                    + "which makes it send the notification again later.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE, schemaProperties = {
                            @SchemaProperty(name = "notify_id", schema = @Schema(type = "string")),
                            @SchemaProperty(name = "app_id", schema = @Schema(type = "string")),
                            @SchemaProperty(name = "out_trade_no", schema = @Schema(type = "string", description = "Kiosk's payment id")),
                            @SchemaProperty(name = "trade_no", schema = @Schema(type = "string")),
                            @SchemaProperty(name = "trade_status", schema = @Schema(type = "string",
                                    allowableValues = {"WAIT_BUYER_PAY", "TRADE_SUCCESS", "TRADE_FINISHED", "TRADE_CLOSED"})),
                            @SchemaProperty(name = "total_amount", schema = @Schema(type = "string", example = "267.90")),
                            @SchemaProperty(name = "gmt_payment", schema = @Schema(type = "string", example = "2026-11-25 10:00:00")),
                            @SchemaProperty(name = "sign_type", schema = @Schema(type = "string", example = "RSA2")),
                            @SchemaProperty(name = "sign", schema = @Schema(type = "string"))})),
            responses = {
                    @ApiResponse(responseCode = "200", description = "`success`: taken (or of no interest)", content = @Content(
                            mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string", allowableValues = "success"))),
                    @ApiResponse(responseCode = "400", description = "`failure`: the signature does not verify, or the notification is "
                            + "for another application or malformed", content = @Content(mediaType = MediaType.TEXT_PLAIN_VALUE,
                            schema = @Schema(type = "string", allowableValues = "failure"))),
                    @ApiResponse(responseCode = "404", description = "`failure`: Alipay is not configured, or the payment is unknown",
                            content = @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string",
                                    allowableValues = "failure"))),
                    @ApiResponse(responseCode = "503", description = "`failure`: the payment changed at the same moment; Alipay retries",
                            content = @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string",
                                    allowableValues = "failure")))})
    ResponseEntity<String> receive(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> form) {
        if (alipayKey == null) {
            return refuse(HttpStatus.NOT_FOUND, "Alipay is not configured");
        }
        Map<String, String> parameters = new HashMap<>();
        form.forEach((name, values) -> parameters.put(name, values.isEmpty() ? "" : values.get(0)));
        if (!AlipaySignatures.verifies(AlipaySignatures.notificationContent(parameters), parameters.get("sign"), alipayKey)) {
            return refuse(HttpStatus.BAD_REQUEST, "signature does not verify (notify_id " + parameters.get("notify_id") + ")");
        }
        if (!properties.appId().equals(parameters.get("app_id"))) {
            return refuse(HttpStatus.BAD_REQUEST, "notification for another application " + parameters.get("app_id"));
        }
        ProviderOutcome outcome = switch (parameters.getOrDefault("trade_status", "")) {
            case "TRADE_SUCCESS", "TRADE_FINISHED" -> ProviderOutcome.SUCCEEDED;
            case "TRADE_CLOSED" -> ProviderOutcome.CLOSED;
            default -> null;
        };
        if (outcome == null) {
            return answer(HttpStatus.OK, "success");
        }
        RecordProviderNotification notification;
        try {
            notification = new RecordProviderNotification(AlipayGateway.paymentOf(parameters.get("out_trade_no")),
                    required(parameters, "notify_id"), outcome, Money.of(required(parameters, "total_amount"), "CNY"),
                    parameters.get("trade_no"), occurredAt(parameters));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return refuse(HttpStatus.BAD_REQUEST, "malformed notification: " + malformed.getMessage());
        }
        return switch (notifications.record("alipay", notification)) {
            case YES -> answer(HttpStatus.OK, "success");
            case UNKNOWN_PAYMENT -> answer(HttpStatus.NOT_FOUND, "failure");
            case TRY_AGAIN -> answer(HttpStatus.SERVICE_UNAVAILABLE, "failure");
        };
    }

    private Instant occurredAt(Map<String, String> parameters) {
        String at = parameters.getOrDefault("gmt_payment", parameters.get("notify_time"));
        try {
            return at == null ? clock.instant() : LocalDateTime.parse(at, ALIPAY_TIME).atZone(AlipayGateway.ALIPAY_TIME).toInstant();
        } catch (DateTimeParseException malformed) {
            return clock.instant();
        }
    }

    private static String required(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }

    private static ResponseEntity<String> refuse(HttpStatus status, String why) {
        log.warn("alipay notification refused: {}", why);
        return answer(status, "failure");
    }

    private static ResponseEntity<String> answer(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(body);
    }
}
