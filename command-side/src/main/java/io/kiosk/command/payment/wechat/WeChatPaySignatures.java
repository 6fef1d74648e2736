package io.kiosk.command.payment.wechat;

import io.kiosk.command.payment.RsaKeys;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WeChat Pay API v3's cryptography. Requests carry {@code Authorization: WECHATPAY2-SHA256-RSA2048 ...}, a
 * SHA256withRSA signature by the merchant key over {@code method\nurl\ntimestamp\nnonce\nbody\n}. Answers and
 * notifications carry {@code Wechatpay-Signature}, by the platform key that {@code Wechatpay-Serial} names over
 * {@code timestamp\nnonce\nbody\n}, with a timestamp that must be recent; several platform keys are known side by
 * side (rotation), and one Kiosk does not know is refused, with a warning in the log that says what to configure
 * ({@link UnknownPlatformKeys}: anyone can name any key, so at most one warning a minute).
 * A notification's {@code resource} is AES-256-GCM under the APIv3 key.
 */
final class WeChatPaySignatures {

    /** The refusal of anything signed with a key not configured; fixed, since the serial is whatever the sender wrote. */
    static final String UNKNOWN_PLATFORM_KEY = "signed with a platform key Kiosk does not know";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WeChatPayProperties properties;
    private final PrivateKey merchantKey;
    private final Map<String, PublicKey> platformKeys;
    private final Clock clock;
    private final UnknownPlatformKeys unknownKeys;

    WeChatPaySignatures(WeChatPayProperties properties, Clock clock) {
        this.properties = properties;
        this.merchantKey = RsaKeys.privateKey("kiosk.payments.wechat.private-key", properties.privateKey());
        this.platformKeys = platformKeys(properties.platformKeys());
        if (properties.apiV3Key() == null || properties.apiV3Key().getBytes(StandardCharsets.UTF_8).length != 32) {
            throw new IllegalStateException("kiosk.payments.wechat.api-v3-key must be the 32-character APIv3 key");
        }
        this.clock = clock;
        this.unknownKeys = new UnknownPlatformKeys(platformKeys.keySet(), clock);
    }

    private static Map<String, PublicKey> platformKeys(List<WeChatPayProperties.PlatformKey> configured) {
        if (configured.isEmpty()) {
            throw new IllegalStateException("kiosk.payments.wechat.platform-keys needs WeChat Pay's platform key "
                    + "(KIOSK_WECHAT_PLATFORM_SERIAL and KIOSK_WECHAT_PLATFORM_PUBLIC_KEY)");
        }
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        for (int i = 0; i < configured.size(); i++) {
            String property = "kiosk.payments.wechat.platform-keys[" + i + "]";
            String serial = configured.get(i).serial();
            if (serial == null || serial.isBlank()) {
                throw new IllegalStateException(property + ".serial is required: the Wechatpay-Serial its key signs with");
            }
            if (keys.put(serial.strip(), RsaKeys.publicKey(property + ".public-key", configured.get(i).publicKey())) != null) {
                throw new IllegalStateException(property + ".serial " + serial + " is configured twice");
            }
        }
        return Collections.unmodifiableMap(keys);
    }

    String authorization(String method, String pathAndQuery, String body) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        byte[] nonceBytes = new byte[16];
        RANDOM.nextBytes(nonceBytes);
        String nonce = HexFormat.of().withUpperCase().formatHex(nonceBytes);
        String message = method + "\n" + pathAndQuery + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n";
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(merchantKey);
            rsa.update(message.getBytes(StandardCharsets.UTF_8));
            return "WECHATPAY2-SHA256-RSA2048 mchid=\"" + properties.merchantId() + "\",nonce_str=\"" + nonce
                    + "\",signature=\"" + Base64.getEncoder().encodeToString(rsa.sign()) + "\",timestamp=\"" + timestamp
                    + "\",serial_no=\"" + properties.merchantSerialNumber() + "\"";
        } catch (GeneralSecurityException broken) {
            throw new IllegalStateException("cannot sign a WeChat Pay request", broken);
        }
    }

    /** Why the signed headers do not prove the body came from WeChat Pay, or {@code null} when they do. */
    String refusal(String serial, String timestamp, String nonce, String signature, String body) {
        if (serial == null || timestamp == null || nonce == null || signature == null) {
            return "Wechatpay-Serial, -Timestamp, -Nonce and -Signature are required";
        }
        PublicKey platformKey = platformKeys.get(serial);
        if (platformKey == null) {
            unknownKeys.signedWith(serial);
            return UNKNOWN_PLATFORM_KEY;
        }
        Instant signedAt;
        try {
            signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
        } catch (NumberFormatException notANumber) {
            return "Wechatpay-Timestamp is not a number";
        }
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(platformKey);
            rsa.update((timestamp + "\n" + nonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
            if (!rsa.verify(Base64.getDecoder().decode(signature))) {
                return "the signature does not verify";
            }
        } catch (GeneralSecurityException | IllegalArgumentException malformed) {
            return "the signature does not verify";
        }
        if (Duration.between(signedAt, clock.instant()).abs().compareTo(properties.tolerance()) > 0) {
            return "the signed timestamp " + signedAt + " is outside the tolerance of " + properties.tolerance();
        }
        return null;
    }

    /** The plain text of a notification's {@code resource}, or {@code null} when it does not decrypt (tampered, other key). */
    String decrypt(String associatedData, String nonce, String ciphertext) {
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(properties.apiV3Key().getBytes(StandardCharsets.UTF_8), "AES"),
                    new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
            if (associatedData != null) {
                aes.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            }
            return new String(aes.doFinal(Base64.getDecoder().decode(ciphertext)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException undecryptable) {
            return null;
        }
    }
}
