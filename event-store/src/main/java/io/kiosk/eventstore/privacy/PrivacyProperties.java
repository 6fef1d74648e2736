package io.kiosk.eventstore.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Base64;

/**
 * How personal data in events is encrypted ({@code kiosk.privacy}).
 *
 * @param masterKey     the key (AES-256, Base64 of 32 bytes) that every customer's own key is encrypted with in
 *                      {@code privacy.subject_key}: kept outside the database, from configuration
 *                      ({@code KIOSK_PRIVACY_MASTER_KEY}); both applications need the same one
 * @param createKeys    whether this application makes a customer's key when it first stores their data (the command
 *                      side, which writes the events); the query side only reads keys
 * @param keyCacheTtl   how long a customer's key is kept in memory once read: an erasure is seen by the other
 *                      instances within this time (the instance that erases forgets at once)
 */
@ConfigurationProperties("kiosk.privacy")
public record PrivacyProperties(String masterKey,
                                @DefaultValue("false") boolean createKeys,
                                @DefaultValue("30s") Duration keyCacheTtl) {

    public PrivacyProperties {
        if (masterKey == null || masterKey.isBlank()) {
            throw new IllegalStateException("kiosk.privacy.master-key (KIOSK_PRIVACY_MASTER_KEY) is required: the Base64 "
                    + "of 32 random bytes (openssl rand -base64 32), the same for both applications and kept secret");
        }
        if (keyCacheTtl == null || keyCacheTtl.isNegative()) {
            throw new IllegalStateException("kiosk.privacy.key-cache-ttl must not be negative");
        }
    }

    /** The master key's bytes. */
    byte[] masterKeyBytes() {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(masterKey.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("kiosk.privacy.master-key must be Base64 (openssl rand -base64 32)");
        }
        if (key.length != 32) {
            throw new IllegalStateException("kiosk.privacy.master-key must be 32 bytes (AES-256), not " + key.length);
        }
        return key;
    }
}
