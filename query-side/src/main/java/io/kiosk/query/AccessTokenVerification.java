package io.kiosk.query;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.kiosk.security.ConvertedKeysSelector;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Verifies access tokens with the keys the command side publishes at
 * {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}.
 *
 * <p>Why not Spring Boot's own decoder for that property: it fetches the key set again for every
 * token whose key id it does not know, without any limit, so anyone could make this side call the
 * command side once per request by sending made-up tokens. Here the key set is fetched on first
 * use (this side starts while the command side is down), kept for five minutes, fetched again for
 * an unknown key id at most twice in 30 seconds (so a restarted command side's new key is picked
 * up), and, should the command side be unreachable, the last keys it published stay in use for up
 * to an hour. Claims are checked only by {@code kioskTokenValidator}: expiry, not-before,
 * our issuer, roles.
 */
@Configuration(proxyBeanMethods = false)
class AccessTokenVerification {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    private static final int KEY_SET_SIZE_LIMIT = 64 * 1024;
    private static final Duration KEYS_KEPT = Duration.ofMinutes(5);
    private static final Duration KEYS_KEPT_WHILE_UNREACHABLE = Duration.ofHours(1);
    private static final Duration UNKNOWN_KEY_REFETCH_INTERVAL = Duration.ofSeconds(30);

    @Bean
    JwtDecoder accessTokenDecoder(OAuth2ResourceServerProperties resourceServer,
                                  OAuth2TokenValidator<Jwt> kioskTokenValidator) throws MalformedURLException {
        String keySetUri = resourceServer.getJwt().getJwkSetUri();
        if (keySetUri == null || keySetUri.isBlank()) {
            throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.jwk-set-uri (KIOSK_JWKS_URL) must name"
                    + " the command side's key set, such as http://command-side:8080/.well-known/jwks.json");
        }
        JWKSource<SecurityContext> commandSideKeys = JWKSourceBuilder.<SecurityContext>create(URI.create(keySetUri).toURL(),
                        new DefaultResourceRetriever((int) CONNECT_TIMEOUT.toMillis(), (int) READ_TIMEOUT.toMillis(), KEY_SET_SIZE_LIMIT))
                .cache(KEYS_KEPT.toMillis(), JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT)
                .rateLimited(UNKNOWN_KEY_REFETCH_INTERVAL.toMillis())
                .outageTolerant(KEYS_KEPT_WHILE_UNREACHABLE.toMillis())
                .build();
        DefaultJWTProcessor<SecurityContext> tokens = new DefaultJWTProcessor<>();
        tokens.setJWSKeySelector(new ConvertedKeysSelector<>(JWSAlgorithm.RS256, unknownWhileRateLimited(commandSideKeys)));
        tokens.setJWTClaimsSetVerifier((claims, context) -> {
            // claims are checked below, by the validator both applications share
        });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(tokens);
        decoder.setJwtValidator(kioskTokenValidator);
        return decoder;
    }

    /**
     * Once the command side's keys have been fetched, a key id that was just looked for and not
     * found is simply unknown: the token is refused with 401. Before that, being held back by the
     * rate limit still means the keys could not be had, which is answered 503 to retry.
     */
    private static JWKSource<SecurityContext> unknownWhileRateLimited(JWKSource<SecurityContext> keys) {
        AtomicBoolean fetchedOnce = new AtomicBoolean();
        return (selector, context) -> {
            try {
                List<JWK> found = keys.get(selector, context);
                fetchedOnce.set(true);
                return found;
            } catch (RateLimitReachedException lookedForJustNow) {
                if (fetchedOnce.get()) {
                    return List.of();
                }
                throw lookedForJustNow;
            }
        };
    }
}
