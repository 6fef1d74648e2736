package io.kiosk.command.identity;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rotation of the signing key, step by step as docs/operations.md ("Rotating the signing key") tells it, with the key files an operator configures:
 * tokens name their key; after the rotation the new key signs and the old one is still published and verifies the
 * tokens it signed; once it is taken out of the set, those tokens are refused.
 */
class KeyRotationTest {

    private static final OAuth2TokenValidator<Jwt> CLAIMS_CHECKED_ELSEWHERE = jwt -> OAuth2TokenValidatorResult.success();

    @TempDir
    Path secrets;

    private final SigningKeys keys = new SigningKeys();

    @Test
    void a_token_of_the_previous_key_verifies_while_that_key_is_published_and_is_refused_once_it_is_removed() throws Exception {
        KeyFiles old = keyFiles("old");
        KeyFiles next = keyFiles("next");
        RSAKey oldKey = keys.signingKey(settings(old));
        String signedBefore = token(oldKey);
        assertThat(header(signedBefore)).containsEntry("kid", oldKey.getKeyID());

        IdentityProperties rotated = settings(next, old.publicKey());
        RSAKey nextKey = keys.signingKey(rotated);
        JWKSet published = keys.verificationKeys(nextKey, rotated);
        JwtDecoder duringRotation = keys.jwtDecoder(published, CLAIMS_CHECKED_ELSEWHERE);
        String signedAfter = token(nextKey);

        assertThat(published.getKeys()).extracting(JWK::getKeyID).containsExactly(nextKey.getKeyID(), oldKey.getKeyID());
        assertThat(published.getKeys()).noneMatch(JWK::isPrivate);
        assertThat(keys.publicKeys(published).jwks().toString()).doesNotContain("\"d\"");
        assertThat(header(signedAfter)).containsEntry("kid", nextKey.getKeyID());
        assertThat(duringRotation.decode(signedBefore).getSubject()).isEqualTo("mia");
        assertThat(duringRotation.decode(signedAfter).getSubject()).isEqualTo("mia");

        IdentityProperties settled = settings(next);
        JwtDecoder afterRotation = keys.jwtDecoder(keys.verificationKeys(keys.signingKey(settled), settled), CLAIMS_CHECKED_ELSEWHERE);

        assertThat(afterRotation.decode(signedAfter).getSubject()).isEqualTo("mia");
        assertThatThrownBy(() -> afterRotation.decode(signedBefore)).isInstanceOf(JwtException.class);
    }

    @Test
    void a_token_forged_with_an_unpublished_key_that_claims_a_published_key_id_is_refused() throws Exception {
        KeyFiles current = keyFiles("current");
        RSAKey published = keys.signingKey(settings(current));
        RSAKey forger = keys.signingKey(settings(keyFiles("forger")));
        RSAKey claimingPublished = new RSAKey.Builder(forger).keyID(published.getKeyID()).build();
        JwtDecoder decoder = keys.jwtDecoder(keys.verificationKeys(published, settings(current)), CLAIMS_CHECKED_ELSEWHERE);

        assertThatThrownBy(() -> decoder.decode(token(claimingPublished))).isInstanceOf(JwtException.class);
    }

    private String token(RSAKey signingKey) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("kiosk").subject("mia").issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(15))).build();
        return keys.jwtEncoder(signingKey).encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build(), claims)).getTokenValue();
    }

    private static Map<String, Object> header(String token) throws Exception {
        return com.nimbusds.jwt.SignedJWT.parse(token).getHeader().toJSONObject();
    }

    private IdentityProperties settings(KeyFiles current, String... previousPublicKeys) {
        return new IdentityProperties(null, null, current.privateKey(), current.publicKey(), List.of(previousPublicKeys),
                null, null);
    }

    /** A key pair in PEM files, as {@code openssl genpkey} and {@code openssl rsa -pubout} write them. */
    private KeyFiles keyFiles(String name) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path privateKey = Files.writeString(secrets.resolve(name + ".pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Path publicKey = Files.writeString(secrets.resolve(name + ".pub.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        return new KeyFiles(privateKey.toUri().toString(), publicKey.toUri().toString());
    }

    private static String pem(String kind, byte[] der) {
        return "-----BEGIN " + kind + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + kind + "-----\n";
    }

    private record KeyFiles(String privateKey, String publicKey) {
    }
}
