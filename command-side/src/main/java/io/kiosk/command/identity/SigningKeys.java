package io.kiosk.command.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
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

/**
 * The RSA key that signs access tokens. Configured keys come from PEM files; without them a key
 * is generated at start (fine for a local run; tokens then die with the process). The public half
 * is published as a JWK set for the query side, and used here to verify tokens.
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
                .keyIDFromThumbprint()
                .build();
        if (!configured) {
            log.warn("no signing key configured (KIOSK_JWT_PRIVATE_KEY, KIOSK_JWT_PUBLIC_KEY): generated key {};"
                    + " tokens will not survive a restart", key.getKeyID());
        }
        return key;
    }

    @Bean
    JwtEncoder jwtEncoder(RSAKey signingKey) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(signingKey)));
    }

    @Bean
    JwtDecoder jwtDecoder(RSAKey signingKey, OAuth2TokenValidator<Jwt> kioskTokenValidator) throws Exception {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey()).build();
        decoder.setJwtValidator(kioskTokenValidator);
        return decoder;
    }

    /** The public key set, as served at {@code /.well-known/jwks.json}. */
    @Bean
    PublicKeys publicKeys(RSAKey signingKey) {
        return new PublicKeys(new JWKSet(signingKey.toPublicJWK()).toJSONObject());
    }

    private static KeyPair load(IdentityProperties properties) {
        var resources = new DefaultResourceLoader();
        try (InputStream privatePem = resources.getResource(properties.signingKey()).getInputStream();
             InputStream publicPem = resources.getResource(properties.verificationKey()).getInputStream()) {
            return new KeyPair(RsaKeyConverters.x509().convert(publicPem), RsaKeyConverters.pkcs8().convert(privatePem));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the configured signing key pair", unreadable);
        }
    }

    private static KeyPair generate() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
