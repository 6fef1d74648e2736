package io.kiosk.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.Test;

import java.security.Key;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class ConvertedKeysSelectorTest {

    @Test
    void chooses_the_public_key_the_token_names_and_converts_it_once() throws Exception {
        RSAKey current = new RSAKeyGenerator(2048).keyID("current").generate();
        RSAKey previous = new RSAKeyGenerator(2048).keyID("previous").generate();
        ConvertedKeysSelector<SecurityContext> keys = selector(new AtomicReference<>(new JWKSet(List.of(current, previous))));

        List<Key> first = keys.selectJWSKeys(header("current"), null);
        assertThat(first).as("the private half is never a verification key").containsExactly(current.toPublicKey());
        assertThat(keys.selectJWSKeys(header("current"), null).get(0)).as("converted once").isSameAs(first.get(0));
        assertThat(keys.selectJWSKeys(header("previous"), null)).containsExactly(previous.toPublicKey());
        assertThat(keys.selectJWSKeys(header("unknown"), null)).isEmpty();
        assertThat(keys.selectJWSKeys(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("current").build(), null))
                .as("another algorithm").isEmpty();
    }

    @Test
    void a_key_the_source_answers_anew_under_the_same_id_is_the_new_one() throws Exception {
        AtomicReference<JWKSet> published = new AtomicReference<>(new JWKSet(new RSAKeyGenerator(2048).keyID("k").generate()));
        ConvertedKeysSelector<SecurityContext> keys = selector(published);
        keys.selectJWSKeys(header("k"), null);

        RSAKey replaced = new RSAKeyGenerator(2048).keyID("k").generate();
        published.set(new JWKSet(replaced.toPublicJWK()));

        assertThat(keys.selectJWSKeys(header("k"), null)).containsExactly(replaced.toPublicKey());
    }

    private static ConvertedKeysSelector<SecurityContext> selector(AtomicReference<JWKSet> published) {
        JWKSource<SecurityContext> source = (selector, context) -> selector.select(published.get());
        return new ConvertedKeysSelector<>(JWSAlgorithm.RS256, source);
    }

    private static JWSHeader header(String keyId) {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build();
    }
}
