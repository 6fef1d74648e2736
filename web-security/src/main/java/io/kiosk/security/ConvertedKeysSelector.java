package io.kiosk.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyConverter;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;

import java.security.Key;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses the keys a token's signature is verified with, as Nimbus' {@code JWSVerificationKeySelector} does (the keys of
 * the source that match the token's header: its {@code kid}, the algorithm's key type), but converts each key to a Java
 * key once: Nimbus' selector rebuilds the RSA public key from the key set's Base64 modulus on every token, which the
 * benchmark's profile of a command showed beside the signature check itself. A key the source answers differently
 * (a rotation) is a different {@link JWK} and is converted anew; there are only ever a few.
 */
public final class ConvertedKeysSelector<C extends SecurityContext> implements JWSKeySelector<C> {

    private final JWSAlgorithm algorithm;
    private final JWKSource<C> source;
    private final Map<JWK, List<Key>> converted = new ConcurrentHashMap<>();

    public ConvertedKeysSelector(JWSAlgorithm algorithm, JWKSource<C> source) {
        this.algorithm = algorithm;
        this.source = source;
    }

    @Override
    public List<Key> selectJWSKeys(JWSHeader header, C context) throws KeySourceException {
        if (!algorithm.equals(header.getAlgorithm())) {
            return List.of();
        }
        JWKMatcher matcher = JWKMatcher.forJWSHeader(header);
        if (matcher == null) {
            return List.of();
        }
        List<Key> keys = new ArrayList<>();
        for (JWK key : source.get(new JWKSelector(matcher), context)) {
            keys.addAll(converted.computeIfAbsent(key, ConvertedKeysSelector::publicKeys));
        }
        return keys;
    }

    /** Only public keys verify (a signing key's set may hold its private half too). */
    private static List<Key> publicKeys(JWK key) {
        return KeyConverter.toJavaKeys(List.of(key)).stream().filter(PublicKey.class::isInstance).toList();
    }
}
