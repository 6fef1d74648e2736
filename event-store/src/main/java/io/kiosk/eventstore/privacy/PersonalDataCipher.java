package io.kiosk.eventstore.privacy;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Seals one personal value (its JSON text) for its data subject, and opens it again while their key exists. A sealed
 * value is {@code v1:<subject>:<Base64 of IV and AES-GCM ciphertext>}, the subject's id bound in as associated
 * data; {@code v1:<subject>:} (nothing sealed) is what a value written after its subject's erasure becomes.
 */
public class PersonalDataCipher {

    static final String VERSION = "v1";

    private final SubjectKeys keys;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(SubjectKeys keys) {
        this.keys = keys;
    }

    /** The sealed form of {@code json}; empty when this application makes no keys and the subject has none. */
    Optional<String> seal(UUID subject, String json) {
        SubjectKey key = keys.forWriting(subject);
        if (key.erased()) {
            return Optional.of(prefix(subject));
        }
        if (!key.present()) {
            return Optional.empty();
        }
        byte[] iv = new byte[MasterKey.IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(MasterKey.TAG_BITS, iv));
            cipher.updateAAD(subject.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(json.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(iv, iv.length + sealed.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return Optional.of(prefix(subject) + Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every Java runtime has AES-GCM", impossible);
        }
    }

    /** The JSON text sealed in {@code envelope}; empty once its subject was erased (or their key is gone). */
    Optional<String> open(String envelope) {
        String[] parts = envelope.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("not a sealed personal value: " + parts[0]);
        }
        UUID subject = UUID.fromString(parts[1]);
        SubjectKey key = keys.forReading(subject);
        if (!key.present() || parts[2].isEmpty()) {
            return Optional.empty();
        }
        byte[] sealed = Base64.getDecoder().decode(parts[2]);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            SecretKey secret = key.key();
            cipher.init(Cipher.DECRYPT_MODE, secret, new GCMParameterSpec(MasterKey.TAG_BITS, sealed, 0, MasterKey.IV_BYTES));
            cipher.updateAAD(subject.toString().getBytes(StandardCharsets.US_ASCII));
            return Optional.of(new String(cipher.doFinal(sealed, MasterKey.IV_BYTES, sealed.length - MasterKey.IV_BYTES),
                    StandardCharsets.UTF_8));
        } catch (AEADBadTagException tampered) {
            throw new IllegalStateException("a personal value of " + subject + " does not open with their key: it was "
                    + "changed after it was stored", tampered);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every Java runtime has AES-GCM", impossible);
        }
    }

    private static String prefix(UUID subject) {
        return VERSION + ":" + subject + ":";
    }
}
