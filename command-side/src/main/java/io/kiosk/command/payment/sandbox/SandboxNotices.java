package io.kiosk.command.payment.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.command.payment.MinorUnits;
import io.kiosk.command.payment.ProviderHttp;
import io.kiosk.command.payment.ProviderRefund;
import io.kiosk.command.payment.Trade;
import io.kiosk.command.payment.TradeNumbers;
import io.kiosk.command.payment.alipay.AlipaySignatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Plays the provider's side of a notification: builds it in the method's real format, signs it with the
 * sandbox's keys and posts it to Kiosk's own endpoint over HTTP, so it passes exactly the checks a real one
 * passes. What Kiosk answered is handed back for the sandbox page to show. WeChat Pay's refund notifications
 * go out a moment after the refund was asked for, from a thread of their own, as WeChat Pay's do.
 */
class SandboxNotices implements ApplicationListener<WebServerInitializedEvent>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SandboxNotices.class);
    private static final Duration REFUND_NOTICE_DELAY = Duration.ofMillis(300);

    /** What the customer did on the sandbox page. */
    enum Choice { PAY, DECLINE, ABANDON }

    /** Kiosk's answer to the notification, as the provider would have seen it. */
    record Answer(int status, String body) {
    }

    static final String ALIPAY_APP_ID = "sandbox-alipay-app";
    static final String WECHAT_MERCHANT = "1900000000";
    static final String WECHAT_APP_ID = "wxsandbox0000000";
    static final String WECHAT_PLATFORM_SERIAL = "PUB_KEY_ID_SANDBOX";

    private static final DateTimeFormatter ALIPAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final SandboxKeys keys;
    private final ObjectMapper json;
    private final Clock clock;
    private volatile RestClient kiosk;
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sandbox-refund-notices");
        thread.setDaemon(true);
        return thread;
    });

    SandboxNotices(SandboxKeys keys, ObjectMapper json, Clock clock) {
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent started) {
        kiosk = ProviderHttp.client(URI.create("http://localhost:" + started.getWebServer().getPort()), ProviderHttp.Timeouts.DEFAULT);
    }

    Answer send(Trade trade, Choice choice) {
        return switch (trade.method()) {
            case ALIPAY -> alipay(trade, choice);
            case WECHAT_PAY -> wechat(trade, choice);
            case CARD -> card(trade, choice);
        };
    }

    /** Alipay knows paid and closed: a declined or abandoned cashier ends as TRADE_CLOSED. */
    private Answer alipay(Trade trade, Choice choice) {
        Instant now = clock.instant();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("notify_time", ALIPAY_TIME.format(now));
        form.put("notify_type", "trade_status_sync");
        form.put("notify_id", "sandbox" + UUID.randomUUID().toString().replace("-", ""));
        form.put("app_id", ALIPAY_APP_ID);
        form.put("charset", "utf-8");
        form.put("version", "1.0");
        form.put("sign_type", "RSA2");
        form.put("trade_no", "sandbox-" + trade.paymentId().value().getMostSignificantBits());
        form.put("out_trade_no", TradeNumbers.of(trade.paymentId()));
        form.put("trade_status", choice == Choice.PAY ? "TRADE_SUCCESS" : "TRADE_CLOSED");
        form.put("total_amount", trade.amount().amount().toPlainString());
        form.put("subject", trade.description());
        form.put("gmt_payment", ALIPAY_TIME.format(now));
        form.put("sign", AlipaySignatures.sign(AlipaySignatures.notificationContent(form), keys.alipay().getPrivate()));
        LinkedMultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        form.forEach(body::add);
        return post("/api/payments/alipay/notifications",
                new MediaType(MediaType.APPLICATION_FORM_URLENCODED, StandardCharsets.UTF_8), body, Map.of());
    }

    private Answer wechat(Trade trade, Choice choice) {
        Map<String, Object> transaction = new LinkedHashMap<>();
        transaction.put("appid", WECHAT_APP_ID);
        transaction.put("mchid", WECHAT_MERCHANT);
        transaction.put("out_trade_no", TradeNumbers.of(trade.paymentId()));
        transaction.put("transaction_id", "42000000" + Math.abs(trade.paymentId().value().getLeastSignificantBits()));
        transaction.put("trade_type", "NATIVE");
        transaction.put("trade_state", switch (choice) {
            case PAY -> "SUCCESS";
            case DECLINE -> "PAYERROR";
            case ABANDON -> "CLOSED";
        });
        transaction.put("success_time", clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime().toString());
        long total = MinorUnits.of(trade.amount());
        transaction.put("amount", Map.of("total", total, "payer_total", total, "currency", "CNY", "payer_currency", "CNY"));
        return wechatNotice("/api/payments/wechat/notifications", "TRANSACTION.SUCCESS", "transaction",
                (String) transaction.get("success_time"), transaction);
    }

    /** A WeChat Pay notification: the resource encrypted under the APIv3 key, the envelope signed by the platform key. */
    private Answer wechatNotice(String path, String eventType, String resourceType, String createdAt,
                                Map<String, Object> resource) {
        String nonce = UUID.randomUUID().toString().substring(0, 12);
        String body = write(Map.of("id", UUID.randomUUID().toString(), "create_time", createdAt,
                "resource_type", "encrypt-resource", "event_type", eventType,
                "resource", Map.of("original_type", resourceType, "algorithm", "AEAD_AES_256_GCM",
                        "ciphertext", encrypt(write(resource), nonce, resourceType), "associated_data", resourceType,
                        "nonce", nonce)));
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String headerNonce = UUID.randomUUID().toString().replace("-", "");
        return post(path, MediaType.APPLICATION_JSON, body, Map.of(
                "Wechatpay-Serial", WECHAT_PLATFORM_SERIAL,
                "Wechatpay-Timestamp", timestamp,
                "Wechatpay-Nonce", headerNonce,
                "Wechatpay-Signature", rsaSign(timestamp + "\n" + headerNonce + "\n" + body + "\n"),
                "Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048"));
    }

    /** WeChat Pay's {@code REFUND.SUCCESS} for the refund, signed and encrypted, posted shortly. */
    void refundLater(ProviderRefund refund, String providerRefundId) {
        later.schedule(() -> {
            try {
                Answer answer = wechatRefund(refund, providerRefundId);
                log.info("sandbox: WeChat Pay refund notification for {} answered {}", refund.refundId(), answer.status());
            } catch (RuntimeException failed) {
                log.warn("sandbox: WeChat Pay refund notification for {} not delivered: {}", refund.refundId(), failed.getMessage());
            }
        }, REFUND_NOTICE_DELAY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Answer wechatRefund(ProviderRefund refund, String providerRefundId) {
        String now = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime().toString();
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("mchid", WECHAT_MERCHANT);
        resource.put("out_trade_no", TradeNumbers.of(refund.paymentId()));
        resource.put("transaction_id", "42000000" + Math.abs(refund.paymentId().value().getLeastSignificantBits()));
        resource.put("out_refund_no", TradeNumbers.of(refund.refundId()));
        resource.put("refund_id", providerRefundId);
        resource.put("refund_status", "SUCCESS");
        resource.put("success_time", now);
        resource.put("user_received_account", "支付用户零钱");
        resource.put("amount", Map.of("total", MinorUnits.of(refund.collected()), "refund", MinorUnits.of(refund.amount()),
                "payer_total", MinorUnits.of(refund.collected()), "payer_refund", MinorUnits.of(refund.amount())));
        return wechatNotice("/api/payments/wechat/refund-notifications", "REFUND.SUCCESS", "refund", now, resource);
    }

    @Override
    public void close() {
        later.shutdownNow();
    }

    private Answer card(Trade trade, Choice choice) {
        long minor = MinorUnits.of(trade.amount());
        long created = clock.instant().getEpochSecond();
        Map<String, Object> intent = new LinkedHashMap<>();
        intent.put("id", "pi_sandbox_" + trade.paymentId().value().toString().replace("-", ""));
        intent.put("object", "payment_intent");
        intent.put("amount", minor);
        intent.put("amount_received", choice == Choice.PAY ? minor : 0);
        intent.put("currency", trade.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT));
        intent.put("metadata", Map.of("payment_id", trade.paymentId().toString()));
        String body = write(Map.of("id", "evt_sandbox_" + UUID.randomUUID().toString().replace("-", ""),
                "object", "event", "created", created,
                "type", switch (choice) {
                    case PAY -> "payment_intent.succeeded";
                    case DECLINE -> "payment_intent.payment_failed";
                    case ABANDON -> "payment_intent.canceled";
                },
                "data", Map.of("object", intent)));
        return post("/api/payments/card/webhooks", MediaType.APPLICATION_JSON, body,
                Map.of("Stripe-Signature", "t=" + created + ",v1=" + hmac(created + "." + body)));
    }

    private Answer post(String path, MediaType type, Object body, Map<String, String> headers) {
        return kiosk.post().uri(path).contentType(type).body(body)
                .headers(all -> headers.forEach(all::add))
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private String encrypt(String plain, String nonce, String associatedData) {
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys.wechatApiV3Key().getBytes(StandardCharsets.UTF_8), "AES"),
                    new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
            aes.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(aes.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private String rsaSign(String message) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.wechatPlatform().getPrivate());
            rsa.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(rsa.sign());
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private String hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.cardWebhookSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
