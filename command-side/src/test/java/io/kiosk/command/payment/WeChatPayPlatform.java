package io.kiosk.command.payment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.wechat.pay.java.core.auth.WechatPay2Credential;
import com.wechat.pay.java.core.cipher.AeadAesCipher;
import com.wechat.pay.java.core.cipher.AeadCipher;
import com.wechat.pay.java.core.cipher.RSASigner;
import com.wechat.pay.java.core.cipher.RSAVerifier;
import com.wechat.pay.java.core.cipher.Verifier;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RequestParam;
import io.kiosk.command.payment.wechat.WeChatPayProperties;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * WeChat Pay's side of the wire, played with wechatpay-java's own primitives: one platform key (an RSA pair and the
 * serial WeChat Pay names it by) signs answers and notifications ({@link RSASigner}), and the APIv3 key encrypts a
 * notification's resource ({@link AeadAesCipher}). {@link #readBySdk} reads a notification back as wechatpay-java's
 * {@link NotificationParser} does, so a test can show that what Kiosk is sent is what the SDK takes from WeChat Pay.
 * Keys are made for each run.
 */
public final class WeChatPayPlatform {

    public static final String SIGNATURE_TYPE = "WECHATPAY2-SHA256-RSA2048";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Signs only the header that shows which fields wechatpay-java's credential writes. */
    private static final KeyPair ANY_KEY = TestKeyPairs.rsa();

    private final String serial;
    private final KeyPair key;
    private final String apiV3Key;

    public WeChatPayPlatform(String serial, String apiV3Key) {
        this.serial = serial;
        this.key = TestKeyPairs.rsa();
        this.apiV3Key = apiV3Key;
    }

    public String serial() {
        return serial;
    }

    public KeyPair key() {
        return key;
    }

    /** How Kiosk is told about this key: its serial and its public key as PEM. */
    public WeChatPayProperties.PlatformKey configured() {
        return new WeChatPayProperties.PlatformKey(serial, TestKeyPairs.pem(key.getPublic()));
    }

    /** wechatpay-java's verifier of this key's signatures. */
    public Verifier verifier() {
        return new RSAVerifier(key.getPublic(), serial);
    }

    /** The {@code Wechatpay-*} headers this key puts on {@code body} now. */
    public Map<String, String> signed(String body) {
        return signed(body, Instant.now().getEpochSecond());
    }

    /** The {@code Wechatpay-*} headers this key puts on {@code body} at {@code timestamp} (unix seconds). */
    public Map<String, String> signed(String body, long timestamp) {
        String nonce = UUID.randomUUID().toString().replace("-", "");
        var signature = new RSASigner(serial, key.getPrivate()).sign(timestamp + "\n" + nonce + "\n" + body + "\n");
        Map<String, String> headers = new HashMap<>();
        headers.put("Wechatpay-Serial", signature.getCertificateSerialNumber());
        headers.put("Wechatpay-Timestamp", Long.toString(timestamp));
        headers.put("Wechatpay-Nonce", nonce);
        headers.put("Wechatpay-Signature", signature.getSign());
        headers.put("Wechatpay-Signature-Type", SIGNATURE_TYPE);
        return headers;
    }

    /** An answer of WeChat Pay's API, signed now, for the stand-in (WireMock) to give. */
    public ResponseDefinitionBuilder answer(String body) {
        ResponseDefinitionBuilder answer = aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
        signed(body).forEach(answer::withHeader);
        return answer;
    }

    /** A notification's body: {@code resource} (JSON) encrypted under the APIv3 key, in WeChat Pay's envelope. */
    public String notification(String eventType, String resourceType, String resource) {
        String nonce = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        AeadCipher cipher = new AeadAesCipher(apiV3Key.getBytes(StandardCharsets.UTF_8));
        String ciphertext = cipher.encrypt(resourceType.getBytes(StandardCharsets.UTF_8), nonce.getBytes(StandardCharsets.UTF_8),
                resource.getBytes(StandardCharsets.UTF_8));
        try {
            return JSON.writeValueAsString(Map.of(
                    "id", UUID.randomUUID().toString(), "create_time", "2026-11-25T18:15:30+08:00",
                    "resource_type", "encrypt-resource", "event_type", eventType, "summary", "支付成功",
                    "resource", Map.of("original_type", resourceType, "algorithm", "AEAD_AES_256_GCM",
                            "ciphertext", ciphertext, "associated_data", resourceType, "nonce", nonce)));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Whether WeChat Pay takes the request as the merchant's: its {@code Authorization} has the scheme and the fields
     * that wechatpay-java's own {@link WechatPay2Credential} writes, names this merchant and certificate serial, and
     * its signature over method, path, timestamp, nonce and body verifies with wechatpay-java's {@link RSAVerifier}.
     */
    public static boolean signedByMerchant(LoggedRequest request, String mchid, String merchantSerial, PublicKey merchantKey) {
        String path = URI.create(request.getUrl()).getRawPath();
        String body = request.getBodyAsString();
        Map<String, String> kiosk = authorization(request.getHeader("Authorization"));
        String method = request.getMethod().getName();
        Map<String, String> sdk = authorization(new WechatPay2Credential(mchid,
                new RSASigner(merchantSerial, ANY_KEY.getPrivate())).getAuthorization(URI.create(path), method, body));
        String message = method + "\n" + path + "\n" + kiosk.get("timestamp") + "\n" + kiosk.get("nonce_str") + "\n" + body + "\n";
        return !kiosk.isEmpty() && kiosk.keySet().equals(sdk.keySet()) && mchid.equals(kiosk.get("mchid"))
                && merchantSerial.equals(kiosk.get("serial_no"))
                && new RSAVerifier(merchantKey, merchantSerial).verify(kiosk.get("serial_no"), message, kiosk.get("signature"));
    }

    /** The fields of a {@code WECHATPAY2-SHA256-RSA2048 k="v",...} header; none when it has another scheme. */
    private static Map<String, String> authorization(String header) {
        if (header == null || !header.startsWith(SIGNATURE_TYPE + " ")) {
            return Map.of();
        }
        Map<String, String> fields = new HashMap<>();
        Matcher field = Pattern.compile("(\\w+)=\"([^\"]*)\"").matcher(header.substring(SIGNATURE_TYPE.length() + 1));
        while (field.find()) {
            fields.put(field.group(1), field.group(2));
        }
        return fields;
    }

    /**
     * The notification's resource as wechatpay-java reads it: the signature checked by {@code verifier} (which picks
     * the key by serial), the resource decrypted with the APIv3 key and parsed into the SDK's {@code model}.
     */
    public <T> T readBySdk(String body, Map<String, String> headers, Verifier verifier, Class<T> model) {
        NotificationParser parser = new NotificationParser(Map.of(SIGNATURE_TYPE, verifier),
                Map.of("AEAD_AES_256_GCM", new AeadAesCipher(apiV3Key.getBytes(StandardCharsets.UTF_8))));
        return parser.parse(new RequestParam.Builder()
                .serialNumber(headers.get("Wechatpay-Serial"))
                .timestamp(headers.get("Wechatpay-Timestamp"))
                .nonce(headers.get("Wechatpay-Nonce"))
                .signature(headers.get("Wechatpay-Signature"))
                .signType(headers.get("Wechatpay-Signature-Type"))
                .body(body)
                .build(), model);
    }
}
