package io.kiosk.query;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the command side's identity: signs access tokens the way it does (RS256, key id
 * from the key's thumbprint, {@code iss}, {@code sub} = account id, {@code iat}, {@code nbf},
 * {@code exp}, {@code jti}, {@code roles}) and publishes the public key as a JWK set over real
 * HTTP, so that the query side verifies tokens through its production wiring. The key set is
 * published only when {@link #publishKeys()} is called: the query side must start without it.
 */
public final class IdentityStandIn {

    public static final String ISSUER = "kiosk";
    private static final String KEY_SET_PATH = "/.well-known/jwks.json";

    private final RSAKey signingKey = newKey();
    /** The key that signed before the current one: published beside it, as during a rotation of the command side's key. */
    private final RSAKey previousKey = newKey();
    private final int port = freePort();
    private final AtomicInteger keySetRequests = new AtomicInteger();
    private HttpServer server;
    private Instant publishedSince;

    public URI keySetUri() {
        return URI.create("http://127.0.0.1:" + port + KEY_SET_PATH);
    }

    /** Starts answering at {@link #keySetUri()}, as the command side does once it is up. */
    public synchronized void publishKeys() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException portTaken) {
            throw new UncheckedIOException("cannot publish the test key set on port " + port, portTaken);
        }
        byte[] keySet = new JWKSet(List.of(signingKey, previousKey)).toPublicJWKSet().toString().getBytes(StandardCharsets.UTF_8);
        server.createContext(KEY_SET_PATH, exchange -> {
            keySetRequests.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keySet.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(keySet);
            }
        });
        server.start();
        publishedSince = Instant.now();
    }

    public synchronized Instant publishedSince() {
        return publishedSince;
    }

    public int keySetRequests() {
        return keySetRequests.get();
    }

    /** A valid access token for the account with these roles. */
    public String accessToken(CustomerId account, Role... roles) {
        return sign(claims(account, roles).build());
    }

    /** The claims the command side puts in a fresh access token, to change before signing. */
    public JwtClaimsSet.Builder claims(CustomerId account, Role... roles) {
        Instant now = Instant.now();
        return JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(account.toString())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(Duration.ofMinutes(15)))
                .id(UUID.randomUUID().toString())
                .claim("roles", Arrays.stream(roles).map(Role::name).sorted().toList());
    }

    public String sign(JwtClaimsSet claims) {
        return signWith(signingKey, claims);
    }

    /** Signed with the previous key, still published: a token issued before the command side's key was rotated. */
    public String signWithPreviousKey(JwtClaimsSet claims) {
        return signWith(previousKey, claims);
    }

    /** The key id of the published key, so that a forger can claim it. */
    public String keyId() {
        return signingKey.getKeyID();
    }

    public static String signWith(RSAKey key, JwtClaimsSet claims) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build(), claims))
                .getTokenValue();
    }

    /** A fresh RSA signing key whose id is its thumbprint, as the command side makes its own. */
    public static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
        } catch (JOSEException impossible) {
            throw new IllegalStateException("cannot generate an RSA key", impossible);
        }
    }

    /** A fresh RSA signing key that claims the given key id. */
    public static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(keyId).generate();
        } catch (JOSEException impossible) {
            throw new IllegalStateException("cannot generate an RSA key", impossible);
        }
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException noPort) {
            throw new UncheckedIOException("no free port for the test key set", noPort);
        }
    }
}
