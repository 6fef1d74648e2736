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
import java.util.HexFormat;

/**
 * WeChat Pay API v3's cryptography. Requests carry {@code Authorization: WECHATPAY2-SHA256-RSA2048 ...}, a
 * SHA256withRSA signature by the merchant key over {@code method\nurl\ntimestamp\nnonce\nbody\n}. Answers and
 * notifications carry {@code Wechatpay-Signature}, by the platform key over {@code timestamp\nnonce\nbody\n},
 * with a timestamp that must be recent. A notification's {@code resource} is AES-256-GCM under the APIv3 key.
 */
final class WeChatPaySignatures {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WeChatPayProperties properties;
    private final PrivateKey merchantKey;
    private final PublicKey platformKey;
    private final Clock clock;

    WeChatPaySignatures(WeChatPayProperties properties, Clock clock) {
        this.properties = properties;
        this.merchantKey = RsaKeys.privateKey("kiosk.payments.wechat.private-key", properties.privateKey());
        this.platformKey = RsaKeys.publicKey("kiosk.payments.wechat.platform-public-key", properties.platformPublicKey());
        if (properties.apiV3Key() == null || properties.apiV3Key().getBytes(StandardCharsets.UTF_8).length != 32) {
            throw new IllegalStateException("kiosk.payments.wechat.api-v3-key must be the 32-character APIv3 key");
        }
        this.clock = clock;
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
        if (properties.platformSerialNumber() != null && !properties.platformSerialNumber().isBlank()
                && !properties.platformSerialNumber().equals(serial)) {
            return "signed with unknown key " + serial;
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
