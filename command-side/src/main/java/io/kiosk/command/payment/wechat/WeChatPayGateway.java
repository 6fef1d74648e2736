package io.kiosk.command.payment.wechat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.command.payment.MinorUnits;
import io.kiosk.command.payment.PaymentGateway;
import io.kiosk.command.payment.ProviderHttp;
import io.kiosk.command.payment.ProviderRefusal;
import io.kiosk.command.payment.Trade;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * WeChat Pay Native through API v3: {@code POST /v3/pay/transactions/native} opens the trade and answers a
 * {@code code_url} the customer scans (the {@code QR_CODE} action); its answer must carry WeChat Pay's
 * signature. Closing is {@code POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close}. The trade number
 * is the payment's id without hyphens, since WeChat Pay allows at most 32 characters.
 */
public class WeChatPayGateway implements PaymentGateway {

    private static final String NATIVE = "/v3/pay/transactions/native";

    private final WeChatPayProperties properties;
    private final WeChatPaySignatures signatures;
    private final ObjectMapper json;
    private final RestClient api;

    public WeChatPayGateway(WeChatPayProperties properties, ObjectMapper json, Clock clock) {
        this.properties = properties;
        this.signatures = new WeChatPaySignatures(properties, clock);
        this.json = json;
        this.api = ProviderHttp.client(properties.apiUrl());
    }

    static String tradeNumber(PaymentId paymentId) {
        return paymentId.value().toString().replace("-", "");
    }

    /** The payment named by a trade number, or an {@code IllegalArgumentException}. */
    static PaymentId paymentId(String tradeNumber) {
        if (tradeNumber == null || !tradeNumber.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("'" + tradeNumber + "' is not a Kiosk trade number");
        }
        return new PaymentId(UUID.fromString(tradeNumber.replaceFirst(
                "(\\w{8})(\\w{4})(\\w{4})(\\w{4})(\\w{12})", "$1-$2-$3-$4-$5")));
    }

    @Override
    public PaymentAction open(Trade trade) {
        if (!trade.amount().currency().getCurrencyCode().equals("CNY")) {
            throw new ProviderRefusal("currency-not-supported", "WeChat Pay collects CNY, not " + trade.amount().currency());
        }
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("appid", properties.appId());
        order.put("mchid", properties.merchantId());
        order.put("description", trade.description());
        order.put("out_trade_no", tradeNumber(trade.paymentId()));
        order.put("notify_url", properties.notifyUrl());
        order.put("amount", Map.of("total", MinorUnits.of(trade.amount()), "currency", "CNY"));
        String body = write(order);
        ResponseEntity<String> answer = call(NATIVE, body);
        String refusal = signatures.refusal(answer.getHeaders().getFirst("Wechatpay-Serial"),
                answer.getHeaders().getFirst("Wechatpay-Timestamp"), answer.getHeaders().getFirst("Wechatpay-Nonce"),
                answer.getHeaders().getFirst("Wechatpay-Signature"), answer.getBody() == null ? "" : answer.getBody());
        if (refusal != null) {
            throw new ProviderRefusal("provider-unverified", "WeChat Pay's answer is not proven: " + refusal);
        }
        String codeUrl = read(answer.getBody()).path("code_url").asText("");
        if (codeUrl.isBlank()) {
            throw new ProviderRefusal("provider-refused", "WeChat Pay answered without a code_url");
        }
        return new PaymentAction(PaymentAction.Kind.QR_CODE, codeUrl);
    }

    @Override
    public void close(PaymentId paymentId, PaymentProvider method) {
        call("/v3/pay/transactions/out-trade-no/" + tradeNumber(paymentId) + "/close",
                write(Map.of("mchid", properties.merchantId())));
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
