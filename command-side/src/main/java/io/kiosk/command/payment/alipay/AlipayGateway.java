package io.kiosk.command.payment.alipay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.payment.PaymentGateway;
import io.kiosk.command.payment.ProviderHttp;
import io.kiosk.command.payment.ProviderRefund;
import io.kiosk.command.payment.ProviderRefusal;
import io.kiosk.command.payment.RefundReceipt;
import io.kiosk.command.payment.RsaKeys;
import io.kiosk.command.payment.Trade;
import io.kiosk.command.payment.TradeNumbers;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Alipay through its open API. A payment is {@code alipay.trade.page.pay}: no call from Kiosk, but a
 * signed URL of Alipay's gateway that opens its cashier for the customer (the {@code REDIRECT} action);
 * or, with the {@code qr-code} cashier, {@code alipay.trade.precreate}, whose signed answer holds the code
 * the customer scans (the {@code QR_CODE} action).
 * Closing is {@code alipay.trade.close}, a signed form posted to the gateway, whose answer must carry
 * Alipay's signature; a trade the customer never opened does not exist at Alipay and needs no closing.
 * A refund is {@code alipay.trade.refund} with the refund's id as {@code out_request_no} (which makes a partial
 * refund, and a repeat of one, idempotent): its signed answer says {@code fund_change=Y} when the money moved;
 * a repeat answers {@code N}, and {@code alipay.trade.fastpay.refund.query} then says whether that refund
 * succeeded before ({@code REFUND_SUCCESS}).
 *
 * <p>Trade and refund numbers are {@link TradeNumbers}: Alipay takes letters, digits and underscores only. Trades
 * opened before Kiosk used that form carry the payment's id with its hyphens; they are still closed and refunded
 * under it, with the refund's id with hyphens as {@code out_request_no}, so that a refund first asked in the old
 * form is never paid twice: a call Alipay answers {@code ACQ.TRADE_NOT_EXIST} is asked again in the old form.
 */
public class AlipayGateway implements PaymentGateway {

    static final ZoneId ALIPAY_TIME = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** The customer never opened the cashier, so Alipay never made the trade: there is nothing to close. */
    private static final String TRADE_NOT_FOUND = "trade-not-found";

    private final AlipayProperties properties;
    private final PrivateKey key;
    private final PublicKey alipayKey;
    private final ObjectMapper json;
    private final Clock clock;
    private final RestClient api;

    public AlipayGateway(AlipayProperties properties, ProviderHttp.Timeouts timeouts, ObjectMapper json, Clock clock) {
        this.properties = properties;
        this.key = RsaKeys.privateKey("kiosk.payments.alipay.private-key", properties.privateKey());
        this.alipayKey = RsaKeys.publicKey("kiosk.payments.alipay.alipay-public-key", properties.alipayPublicKey());
        this.json = json;
        this.clock = clock;
        this.api = ProviderHttp.client(properties.gatewayUrl(), timeouts);
    }

    @Override
    public PaymentAction open(Trade trade) {
        requireYuan(trade.amount());
        Map<String, String> bizContent = new LinkedHashMap<>();
        bizContent.put("out_trade_no", TradeNumbers.of(trade.paymentId()));
        bizContent.put("total_amount", trade.amount().amount().toPlainString());
        bizContent.put("subject", trade.description());
        if (properties.cashier() == AlipayProperties.Cashier.QR_CODE) {
            JsonNode created = call("alipay.trade.precreate", bizContent, true);
            String code = created.path("qr_code").asText("");
            if (code.isBlank()) {
                throw new ProviderRefusal("provider-refused", "Alipay answered alipay.trade.precreate without a qr_code");
            }
            return new PaymentAction(PaymentAction.Kind.QR_CODE, code);
        }
        bizContent.put("product_code", properties.productCode());
        Map<String, String> parameters = signed("alipay.trade.page.pay", bizContent, true);
        String query = parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return new PaymentAction(PaymentAction.Kind.REDIRECT, properties.gatewayUrl() + "?" + query);
    }

    /** The payment an {@code out_trade_no} names: a trade number, or the payment's id with hyphens of an older trade. */
    static PaymentId paymentOf(String outTradeNo) {
        return outTradeNo != null && outTradeNo.length() == 36 ? PaymentId.of(outTradeNo) : TradeNumbers.paymentId(outTradeNo);
    }

    @Override
    public void close(PaymentId paymentId, PaymentProvider method) {
        for (String tradeNumber : List.of(TradeNumbers.of(paymentId), paymentId.toString())) {
            try {
                call("alipay.trade.close", Map.of("out_trade_no", tradeNumber), false);
                return;
            } catch (ProviderRefusal refused) {
                if (!refused.reason().equals(TRADE_NOT_FOUND)) {
                    throw refused;
                }
            }
        }
    }

    @Override
    public RefundReceipt refund(ProviderRefund refund) {
        requireYuan(refund.amount());
        try {
            return refund(refund, TradeNumbers.of(refund.paymentId()), TradeNumbers.of(refund.refundId()));
        } catch (ProviderRefusal refused) {
            if (!refused.reason().equals(TRADE_NOT_FOUND)) {
                throw refused;
            }
            return refund(refund, refund.paymentId().toString(), refund.refundId().toString());
        }
    }

    private RefundReceipt refund(ProviderRefund refund, String tradeNumber, String refundNumber) {
        Map<String, String> bizContent = new LinkedHashMap<>();
        bizContent.put("out_trade_no", tradeNumber);
        bizContent.put("refund_amount", refund.amount().amount().toPlainString());
        bizContent.put("out_request_no", refundNumber);
        bizContent.put("refund_reason", refund.reason());
        JsonNode refunded = call("alipay.trade.refund", bizContent, false);
        String tradeNo = refunded.path("trade_no").asText(null);
        if (refunded.path("fund_change").asText().equals("Y")) {
            return RefundReceipt.completed(tradeNo, at(refunded.path("gmt_refund_pay").asText(null)));
        }
        JsonNode query = call("alipay.trade.fastpay.refund.query", Map.of("out_trade_no", tradeNumber,
                "out_request_no", refundNumber), false);
        if (query.path("refund_status").asText().equals("REFUND_SUCCESS")) {
            return RefundReceipt.completed(tradeNo, at(query.path("gmt_refund_pay").asText(null)));
        }
        throw new ProviderRefusal("refund-not-confirmed", "Alipay took refund " + refund.refundId()
                + " without moving money and does not report it refunded");
    }

    private Instant at(String alipayTime) {
        try {
            return alipayTime == null ? clock.instant() : LocalDateTime.parse(alipayTime, TIMESTAMP).atZone(ALIPAY_TIME).toInstant();
        } catch (DateTimeParseException malformed) {
            return clock.instant();
        }
    }

    private static void requireYuan(Money amount) {
        if (!amount.currency().getCurrencyCode().equals("CNY")) {
            throw new ProviderRefusal("currency-not-supported", "Alipay collects CNY, not " + amount.currency());
        }
    }

    /**
     * Posts a signed open-API call to the gateway and answers its response node, which counts only with
     * Alipay's signature; a business failure is a refusal naming Alipay's {@code sub_code}. A trade Alipay
     * never opened ({@code ACQ.TRADE_NOT_EXIST}) is also signed and checked before anyone relies on it.
     */
    private JsonNode call(String method, Map<String, String> bizContent, boolean withNotify) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        signed(method, bizContent, withNotify).forEach(form::add);
        String body;
        try {
            body = api.post().uri(URI.create(properties.gatewayUrl().toString()))
                    .contentType(new MediaType(MediaType.APPLICATION_FORM_URLENCODED, StandardCharsets.UTF_8))
                    .body(form)
                    .retrieve().body(String.class);
        } catch (RestClientException unreachable) {
            throw new ProviderRefusal("provider-unavailable", "Alipay could not be reached: " + unreachable.getMessage());
        }
        String node = method.replace('.', '_') + "_response";
        JsonNode answer = read(body);
        JsonNode response = answer.path(node);
        String code = response.path("code").asText();
        boolean signedByAlipay = AlipaySignatures.verifies(signedPart(body, node), answer.path("sign").asText(null), alipayKey);
        boolean tradeNotFound = response.path("sub_code").asText().equals("ACQ.TRADE_NOT_EXIST");
        if ((code.equals("10000") || tradeNotFound) && !signedByAlipay) {
            throw new ProviderRefusal("provider-unverified", "Alipay's answer to " + method + " is not signed by Alipay");
        }
        if (code.equals("10000")) {
            return response;
        }
        if (tradeNotFound) {
            throw new ProviderRefusal(TRADE_NOT_FOUND, "Alipay holds no trade " + bizContent.get("out_trade_no"));
        }
        throw new ProviderRefusal(code.equals("20000") ? "provider-unavailable" : "provider-refused",
                "Alipay refused " + method + ": " + response.path("sub_code").asText(code) + " "
                        + response.path("sub_msg").asText(response.path("msg").asText("")));
    }

    /** The common request parameters of an open-API call, with its business content and its {@code sign}. */
    private Map<String, String> signed(String method, Map<String, String> bizContent, boolean withPages) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("app_id", properties.appId());
        parameters.put("method", method);
        parameters.put("format", "JSON");
        parameters.put("charset", "utf-8");
        parameters.put("sign_type", "RSA2");
        parameters.put("timestamp", TIMESTAMP.format(clock.instant().atZone(ALIPAY_TIME)));
        parameters.put("version", "1.0");
        if (withPages) {
            parameters.put("notify_url", properties.notifyUrl());
            if (properties.returnUrl() != null && !properties.returnUrl().isBlank()) {
                parameters.put("return_url", properties.returnUrl());
            }
        }
        try {
            parameters.put("biz_content", json.writeValueAsString(bizContent));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        parameters.put("sign", AlipaySignatures.sign(AlipaySignatures.requestContent(parameters), key));
        return parameters;
    }

    /**
     * The text Alipay signs in a synchronous answer: the response node exactly as sent, between
     * {@code "<method>_response":} and the {@code ,"sign"} that follows it.
     */
    private static String signedPart(String body, String responseNode) {
        int node = body.indexOf("\"" + responseNode + "\"");
        int sign = body.lastIndexOf("\"sign\"");
        if (node < 0 || sign < node) {
            return "";
        }
        int start = body.indexOf(':', node + responseNode.length() + 2) + 1;
        int end = body.lastIndexOf(',', sign);
        return end <= start ? "" : body.substring(start, end).trim();
    }

    private JsonNode read(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : json.readTree(body);
            return node == null ? json.createObjectNode() : node;
        } catch (JsonProcessingException notJson) {
            throw new ProviderRefusal("provider-unavailable", "Alipay answered something that is not JSON");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
