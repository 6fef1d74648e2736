package io.kiosk.command.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.kiosk.security.ConvertedKeysSelector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The RSA keys of access tokens. One key signs (the current one, {@code KIOSK_JWT_PRIVATE_KEY} and
 * {@code KIOSK_JWT_PUBLIC_KEY}); every token names it in its {@code kid} header (the key's RFC 7638 thumbprint, so
 * a key keeps its id wherever it is configured). The key set published at {@code /.well-known/jwks.json} holds its
 * public half and those of the previous keys ({@code KIOSK_JWT_PREVIOUS_PUBLIC_KEYS}), so that tokens signed before a
 * rotation keep verifying, here and on the query side, until the previous key is taken out of the set (docs/operations.md,
 * "Rotating the signing key"). Without a configured key a key is generated at start (fine for a local run; tokens
 * then die with the process).
 */
@Configuration(proxyBeanMethods = false)
class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    @Bean
    RSAKey signingKey(IdentityProperties properties) throws Exception {
        boolean configured = !properties.signingKey().isBlank() && !properties.verificationKey().isBlank();
        KeyPair pair = configured ? load(properties) : generate();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .keyIDFromThumbprint()
                .build();
        if (!configured) {
            log.warn("no signing key configured (KIOSK_JWT_PRIVATE_KEY, KIOSK_JWT_PUBLIC_KEY): generated key {};"
                    + " tokens will not survive a restart", key.getKeyID());
        }
        return key;
    }

    /** The public keys that verify tokens: the current one first, then the previous ones still accepted. */
    @Bean
    JWKSet verificationKeys(RSAKey signingKey, IdentityProperties properties) throws JOSEException {
        Map<String, JWK> keys = new LinkedHashMap<>();
        keys.put(signingKey.getKeyID(), signingKey.toPublicJWK());
        for (String location : properties.previousVerificationKeys()) {
            RSAKey previous = new RSAKey.Builder(publicKey(location)).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint().build();
            keys.putIfAbsent(previous.getKeyID(), previous);
        }
        if (keys.size() > 1) {
            log.info("signing tokens with key {}; tokens of the previous keys {} still verify", signingKey.getKeyID(),
                    new ArrayList<>(keys.keySet()).subList(1, keys.size()));
        }
        return new JWKSet(List.copyOf(keys.values()));
    }

    @Bean
    JwtEncoder jwtEncoder(RSAKey signingKey) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(signingKey)));
    }

    /** Verifies with the published key the token's {@code kid} names; claims are the shared validator's to check. */
    @Bean
    JwtDecoder jwtDecoder(JWKSet verificationKeys, OAuth2TokenValidator<Jwt> kioskTokenValidator) {
        DefaultJWTProcessor<SecurityContext> tokens = new DefaultJWTProcessor<>();
        tokens.setJWSKeySelector(new ConvertedKeysSelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(verificationKeys)));
        tokens.setJWTClaimsSetVerifier((claims, context) -> {
            // claims are checked by kioskTokenValidator, which both applications share
        });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(tokens);
        decoder.setJwtValidator(kioskTokenValidator);
        return decoder;
    }

    /** The public key set, as served at {@code /.well-known/jwks.json}. */
    @Bean
    PublicKeys publicKeys(JWKSet verificationKeys) {
        return new PublicKeys(verificationKeys.toPublicJWKSet().toJSONObject());
    }

    private static KeyPair load(IdentityProperties properties) {
        var resources = new DefaultResourceLoader();
        try (InputStream privatePem = resources.getResource(properties.signingKey()).getInputStream()) {
            return new KeyPair(publicKey(properties.verificationKey()), RsaKeyConverters.pkcs8().convert(privatePem));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the configured signing key " + properties.signingKey(), unreadable);
        }
    }

    private static RSAPublicKey publicKey(String location) {
        try (InputStream publicPem = new DefaultResourceLoader().getResource(location.strip()).getInputStream()) {
            return RsaKeyConverters.x509().convert(publicPem);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the public key " + location, unreadable);
        }
    }

    private static KeyPair generate() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
