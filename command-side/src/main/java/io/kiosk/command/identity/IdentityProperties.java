package io.kiosk.command.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * @param accessTokenTtl  how long an access token is valid
 * @param refreshTokenTtl how long a refresh token is valid
 * @param signingKey      PEM file of the RSA private key (PKCS#8) that signs tokens, or blank to generate one
 * @param verificationKey PEM file of the matching public key
 * @param previousVerificationKeys PEM files of the public keys that signed before the current one: published with it
 *                        and still accepted, until the tokens they signed have expired (docs/operations.md, "Rotating the signing key")
 * @param login           login throttling
 * @param admin           the administrator created on first start
 */
@ConfigurationProperties("kiosk.security")
public record IdentityProperties(Duration accessTokenTtl,
                                 Duration refreshTokenTtl,
                                 String signingKey,
                                 String verificationKey,
                                 List<String> previousVerificationKeys,
                                 Login login,
                                 Admin admin) {

    public IdentityProperties {
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(30) : refreshTokenTtl;
        previousVerificationKeys = previousVerificationKeys == null ? List.of()
                : previousVerificationKeys.stream().filter(key -> key != null && !key.isBlank()).toList();
        login = login == null ? new Login(5, Duration.ofMinutes(15)) : login;
        admin = admin == null ? new Admin(null, null) : admin;
    }

    /** After {@code maxFailures} failed logins in a row an address is locked for {@code lockout}. */
    public record Login(int maxFailures, Duration lockout) {
    }

    /** The first administrator's credentials; nothing is created unless both are set. */
    public record Admin(String email, String password) {

        boolean isConfigured() {
            return email != null && !email.isBlank() && password != null && !password.isBlank();
        }
    }
}
