package io.kiosk.command.payment.alipay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Alipay's RSA2 signatures: SHA256withRSA over the parameters sorted by name as {@code k=v&k=v}, values
 * unencoded, empty values left out. A request signs every parameter but {@code sign}; an asynchronous
 * notification is verified over every parameter but {@code sign} and {@code sign_type}.
 */
public final class AlipaySignatures {

    private AlipaySignatures() {
    }

    public static String requestContent(Map<String, String> parameters) {
        return content(parameters, false);
    }

    public static String notificationContent(Map<String, String> parameters) {
        return content(parameters, true);
    }

    public static String sign(String content, PrivateKey key) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(rsa.sign());
        } catch (GeneralSecurityException broken) {
            throw new IllegalStateException("cannot sign an Alipay request", broken);
        }
    }

    public static boolean verifies(String content, String signature, PublicKey key) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update(content.getBytes(StandardCharsets.UTF_8));
            return rsa.verify(Base64.getMimeDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException forged) {
            return false;
        }
    }

    private static String content(Map<String, String> parameters, boolean notification) {
        return new TreeMap<>(parameters).entrySet().stream()
                .filter(entry -> !entry.getKey().equals("sign"))
                .filter(entry -> !(notification && entry.getKey().equals("sign_type")))
                .filter(entry -> entry.getValue() != null && !entry.getValue().isEmpty())
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("&"));
    }
}
