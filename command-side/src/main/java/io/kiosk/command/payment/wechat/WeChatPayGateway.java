package io.kiosk.command.payment.wechat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.payment.MinorUnits;
import io.kiosk.command.payment.PaymentGateway;
import io.kiosk.command.payment.ProviderHttp;
import io.kiosk.command.payment.ProviderRefund;
import io.kiosk.command.payment.ProviderRefusal;
import io.kiosk.command.payment.RefundReceipt;
import io.kiosk.command.payment.Trade;
import io.kiosk.command.payment.TradeNumbers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * WeChat Pay Native through API v3: {@code POST /v3/pay/transactions/native} opens the trade and answers a
 * {@code code_url} the customer scans (the {@code QR_CODE} action); its answer must carry WeChat Pay's
 * signature. Closing is {@code POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close}. A refund is
 * {@code POST /v3/refund/domestic/refunds} with the refund's id as {@code out_refund_no} (a repeat names the same
 * refund), the amount to pay back and the trade's total; its signed answer is usually {@code PROCESSING}, and
 * WeChat Pay confirms the refund later by a notification to {@code refund-notify-url}. Trade and refund numbers are
 * {@link TradeNumbers} (WeChat Pay allows at most 32 characters).
 */
public class WeChatPayGateway implements PaymentGateway {

    private static final String NATIVE = "/v3/pay/transactions/native";
    private static final String REFUNDS = "/v3/refund/domestic/refunds";

    private final WeChatPayProperties properties;
    private final WeChatPaySignatures signatures;
    private final ObjectMapper json;
    private final RestClient api;
    private final Clock clock;

    public WeChatPayGateway(WeChatPayProperties properties, ProviderHttp.Timeouts timeouts, ObjectMapper json, Clock clock) {
        this.properties = properties;
        this.signatures = new WeChatPaySignatures(properties, clock);
        this.json = json;
        this.api = ProviderHttp.client(properties.apiUrl(), timeouts);
        this.clock = clock;
    }

    @Override
    public PaymentAction open(Trade trade) {
        requireYuan(trade.amount());
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("appid", properties.appId());
        order.put("mchid", properties.merchantId());
        order.put("description", trade.description());
        order.put("out_trade_no", TradeNumbers.of(trade.paymentId()));
        order.put("notify_url", properties.notifyUrl());
        order.put("amount", Map.of("total", MinorUnits.of(trade.amount()), "currency", "CNY"));
        String codeUrl = signedAnswer(NATIVE, write(order)).path("code_url").asText("");
        if (codeUrl.isBlank()) {
            throw new ProviderRefusal("provider-refused", "WeChat Pay answered without a code_url");
        }
        return new PaymentAction(PaymentAction.Kind.QR_CODE, codeUrl);
    }

    @Override
    public void close(PaymentId paymentId, PaymentProvider method) {
        call("/v3/pay/transactions/out-trade-no/" + TradeNumbers.of(paymentId) + "/close",
                write(Map.of("mchid", properties.merchantId())));
    }

    @Override
    public RefundReceipt refund(ProviderRefund refund) {
        requireYuan(refund.amount());
        Map<String, Object> amount = new LinkedHashMap<>();
        amount.put("refund", MinorUnits.of(refund.amount()));
        amount.put("total", MinorUnits.of(refund.collected()));
        amount.put("currency", "CNY");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("out_trade_no", TradeNumbers.of(refund.paymentId()));
        request.put("out_refund_no", TradeNumbers.of(refund.refundId()));
        request.put("reason", refund.reason());
        if (properties.refundNotifyUrl() != null && !properties.refundNotifyUrl().isBlank()) {
            request.put("notify_url", properties.refundNotifyUrl());
        }
        request.put("amount", amount);
        JsonNode answer = signedAnswer(REFUNDS, write(request));
        String refundId = answer.path("refund_id").asText(null);
        return switch (answer.path("status").asText()) {
            case "SUCCESS" -> RefundReceipt.completed(refundId, answer.hasNonNull("success_time")
                    ? OffsetDateTime.parse(answer.path("success_time").asText()).toInstant() : clock.instant());
            case "PROCESSING" -> RefundReceipt.pending(refundId);
            case "CLOSED" -> throw new ProviderRefusal("refund-closed", "WeChat Pay closed refund " + refund.refundId());
            case "ABNORMAL" -> throw new ProviderRefusal("refund-abnormal", "WeChat Pay could not pay refund "
                    + refund.refundId() + " back to the customer's account");
            default -> throw new ProviderRefusal("provider-refused", "WeChat Pay answered the refund with status '"
                    + answer.path("status").asText() + "'");
        };
    }

    private static void requireYuan(Money amount) {
        if (!amount.currency().getCurrencyCode().equals("CNY")) {
            throw new ProviderRefusal("currency-not-supported", "WeChat Pay collects CNY, not " + amount.currency());
        }
    }

    /** Posts a signed request and answers the body of the answer, which counts only with WeChat Pay's signature. */
    private JsonNode signedAnswer(String path, String body) {
        ResponseEntity<String> answer = call(path, body);
        String refusal = signatures.refusal(answer.getHeaders().getFirst("Wechatpay-Serial"),
                answer.getHeaders().getFirst("Wechatpay-Timestamp"), answer.getHeaders().getFirst("Wechatpay-Nonce"),
                answer.getHeaders().getFirst("Wechatpay-Signature"), answer.getBody() == null ? "" : answer.getBody());
        if (refusal != null) {
            throw new ProviderRefusal("provider-unverified", "WeChat Pay's answer is not proven: " + refusal);
        }
        return read(answer.getBody());
    }

    private ResponseEntity<String> call(String path, String body) {
        try {
            return api.post().uri(path)
                    .header(HttpHeaders.AUTHORIZATION, signatures.authorization("POST", path, body))
                    .header(HttpHeaders.USER_AGENT, "Kiosk")
                    .accept(MediaType.APPLICATION_JSON)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve().toEntity(String.class);
        } catch (RestClientResponseException refused) {
            JsonNode error = read(refused.getResponseBodyAsString());
            String reason = refused.getStatusCode().is4xxClientError() ? "provider-refused" : "provider-unavailable";
            throw new ProviderRefusal(reason, "WeChat Pay refused (" + refused.getStatusCode().value() + " "
                    + error.path("code").asText("") + "): " + error.path("message").asText("no reason given"));
        } catch (RestClientException unreachable) {
            throw new ProviderRefusal("provider-unavailable", "WeChat Pay could not be reached: " + unreachable.getMessage());
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private JsonNode read(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : json.readTree(body);
            return node == null ? json.createObjectNode() : node;
        } catch (JsonProcessingException notJson) {
            return json.createObjectNode();
        }
    }
}
