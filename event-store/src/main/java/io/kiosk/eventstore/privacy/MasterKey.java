package io.kiosk.eventstore.privacy;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;

/**
 * The key-encryption key: a customer's own key is stored only encrypted with it (AES-GCM, the customer's id as
 * associated data, so a stored key cannot be moved to another customer). A copy of the database alone opens nothing.
 */
public final class MasterKey {

    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public MasterKey(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** A new customer key (AES-256). */
    SecretKey newSubjectKey() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }

    byte[] wrap(UUID subject, SecretKey subjectKey) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(subject));
            byte[] sealed = cipher.doFinal(subjectKey.getEncoded());
            byte[] wrapped = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, wrapped, IV_BYTES, sealed.length);
            return wrapped;
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every Java runtime has AES-GCM", impossible);
        }
    }

    SecretKey unwrap(UUID subject, byte[] wrapped) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, wrapped, 0, IV_BYTES));
            cipher.updateAAD(associatedData(subject));
            return new SecretKeySpec(cipher.doFinal(wrapped, IV_BYTES, wrapped.length - IV_BYTES), "AES");
        } catch (AEADBadTagException wrongMasterKey) {
            // never read as "erased": a wrong configuration must not look like an erasure
            throw new IllegalStateException("the key of data subject " + subject + " does not open with the configured "
                    + "kiosk.privacy.master-key: it is not the master key the key was made with", wrongMasterKey);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every Java runtime has AES-GCM", impossible);
        }
    }

    private static byte[] associatedData(UUID subject) {
        return ("kiosk-subject-key:" + subject).getBytes(StandardCharsets.US_ASCII);
    }
}
