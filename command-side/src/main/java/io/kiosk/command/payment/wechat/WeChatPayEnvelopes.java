package io.kiosk.command.payment.wechat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Map;

/**
 * Opens what WeChat Pay posts to Kiosk, payment and refund notifications alike: the headers' signature is checked
 * (its timestamp within the tolerance), the {@code resource} is decrypted with the APIv3 key and must be for this
 * merchant. WeChat Pay takes 200/204 as received; anything else, answered with its own
 * {@code {"code":"FAIL","message":...}} JSON, makes it retry. Refusals are logged in one line and change nothing.
 */
final class WeChatPayEnvelopes {

    private static final Logger log = LoggerFactory.getLogger(WeChatPayEnvelopes.class);

    /** A notification that passed every check: its id, its event type and its decrypted resource. */
    record Opened(String id, String eventType, JsonNode resource) {
    }

    /** A notification that did not pass: the answer that tells WeChat Pay so. */
    static final class Refused extends RuntimeException {

        private final transient ResponseEntity<Object> answer;

        Refused(ResponseEntity<Object> answer) {
            super(null, null, false, false);
            this.answer = answer;
        }

        ResponseEntity<Object> answer() {
            return answer;
        }
    }

    private final WeChatPayProperties properties;
    private final WeChatPaySignatures signatures;
    private final ObjectMapper json;

    WeChatPayEnvelopes(WeChatPayProperties properties, WeChatPaySignatures signatures, ObjectMapper json) {
        this.properties = properties;
        this.signatures = signatures;
        this.json = json;
    }

    Opened open(String serial, String timestamp, String nonce, String signature, String body) {
        if (signatures == null) {
            throw refused(HttpStatus.NOT_FOUND, "WeChat Pay is not configured");
        }
        String refusal = signatures.refusal(serial, timestamp, nonce, signature, body);
        if (WeChatPaySignatures.UNKNOWN_PLATFORM_KEY.equals(refusal)) {
            // said in the log by UnknownPlatformKeys, at most once a minute: not a line for each request
            throw new Refused(fail(HttpStatus.UNAUTHORIZED, refusal));
        }
        if (refusal != null) {
            throw refused(HttpStatus.UNAUTHORIZED, refusal);
        }
        JsonNode envelope = read(body);
        JsonNode resource = envelope.path("resource");
        String plain = signatures.decrypt(resource.path("associated_data").asText(null), resource.path("nonce").asText(""),
                resource.path("ciphertext").asText(""));
        if (plain == null) {
            throw refused(HttpStatus.BAD_REQUEST, "resource of notification " + envelope.path("id").asText() + " does not decrypt");
        }
        JsonNode opened = read(plain);
        if (!properties.merchantId().equals(opened.path("mchid").asText())) {
            throw refused(HttpStatus.BAD_REQUEST, "notification for another merchant " + opened.path("mchid").asText());
        }
        return new Opened(envelope.path("id").asText(""), envelope.path("event_type").asText(""), opened);
    }

    static Refused refused(HttpStatus status, String why) {
        log.warn("wechat pay notification refused: {}", why);
        return new Refused(fail(status, why));
    }

    static ResponseEntity<Object> fail(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", "FAIL", "message", message));
    }

    private JsonNode read(String text) {
        try {
            JsonNode node = json.readTree(text);
            return node == null ? json.createObjectNode() : node;
        } catch (JsonProcessingException notJson) {
            return json.createObjectNode();
        }
    }
}
