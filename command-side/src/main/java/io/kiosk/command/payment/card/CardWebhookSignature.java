package io.kiosk.command.payment.card;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks a webhook's {@code Stripe-Signature: t=<unix seconds>,v1=<hex>} header, Stripe's scheme: {@code v1} is the
 * HMAC-SHA256 of {@code "<t>.<raw body>"} under the webhook secret, compared in constant time, and any of several
 * {@code v1} may match (Stripe signs with each live secret while one is rolled); a timestamp further than the
 * tolerance from now is refused, so a captured webhook cannot be replayed later.
 */
final class CardWebhookSignature {

    static final String HEADER = "Stripe-Signature";

    private final byte[] secret;
    private final Duration tolerance;
    private final Clock clock;

    CardWebhookSignature(String secret, Duration tolerance, Clock clock) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /** Why the header does not prove the body came from the processor, or {@code null} when it does. */
    String refusal(String header, String body) {
        if (header == null || header.isBlank()) {
            return "no " + HEADER + " header";
        }
        String timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                timestamp = pair[1];
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                signatures.add(pair[1]);
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            return "the " + HEADER + " header lacks t or v1";
        }
        Instant signedAt;
        try {
            signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
        } catch (NumberFormatException notANumber) {
            return "the " + HEADER + " header's timestamp is not a number";
        }
        byte[] expected = hmac(timestamp + "." + body);
        boolean matches = false;
        for (String signature : signatures) {
            matches |= MessageDigest.isEqual(expected, hexOrEmpty(signature));
        }
        if (!matches) {
            return "no v1 signature matches the body";
        }
        if (Duration.between(signedAt, clock.instant()).abs().compareTo(tolerance) > 0) {
            return "the signature's timestamp " + signedAt + " is outside the tolerance of " + tolerance;
        }
        return null;
    }

    byte[] hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", missing);
        }
    }

    private static byte[] hexOrEmpty(String hex) {
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException notHex) {
            return new byte[0];
        }
    }
}
