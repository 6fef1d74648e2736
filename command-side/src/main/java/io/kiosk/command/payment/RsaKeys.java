package io.kiosk.command.payment;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Reads the RSA keys providers hand out: PEM (PKCS#8 private, X.509 public) or the bare base64 body that
 * Alipay's console shows. Keys come from configuration (the environment), never from the repository.
 */
public final class RsaKeys {

    private RsaKeys() {
    }

    public static PrivateKey privateKey(String property, String pemOrBase64) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(property, pemOrBase64)));
        } catch (GeneralSecurityException notAKey) {
            throw new IllegalStateException(property + " is not an RSA private key in PKCS#8", notAKey);
        }
    }

    public static PublicKey publicKey(String property, String pemOrBase64) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(property, pemOrBase64)));
        } catch (GeneralSecurityException notAKey) {
            throw new IllegalStateException(property + " is not an RSA public key in X.509", notAKey);
        }
    }

    private static byte[] der(String property, String pemOrBase64) {
        if (pemOrBase64 == null || pemOrBase64.isBlank()) {
            throw new IllegalStateException(property + " is required");
        }
        String body = pemOrBase64.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(property + " is neither PEM nor base64", notBase64);
        }
    }
}
