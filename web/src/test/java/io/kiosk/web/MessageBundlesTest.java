package io.kiosk.web;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text a page shows exists in both languages: each Chinese bundle and its English twin have the same keys. */
class MessageBundlesTest {

    @Test
    void every_chinese_text_has_an_english_twin_and_every_english_one_a_chinese_one() throws IOException {
        Resource[] chinese = new PathMatchingResourcePatternResolver().getResources("classpath:messages/*.properties");
        int bundles = 0;
        for (Resource bundle : chinese) {
            String name = bundle.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            Resource english = bundle.createRelative(name.replace(".properties", "_en.properties"));
            assertThat(english.exists()).as(name + " has an English twin").isTrue();
            Set<String> zhKeys = keys(bundle);
            Set<String> enKeys = keys(english);
            assertThat(enKeys).as("keys of " + name + " missing in English").containsAll(zhKeys);
            assertThat(zhKeys).as("keys of the English " + name + " missing in Chinese").containsAll(enKeys);
            bundles++;
        }
        assertThat(bundles).isGreaterThanOrEqualTo(6);
    }

    /** Spring looks a key up in the bundles in turn and takes the first: a key in two bundles shows one of them anywhere. */
    @Test
    void no_text_is_defined_in_two_bundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath:messages/*.properties")) {
            for (String key : keys(bundle)) {
                String name = bundle.getFilename();
                String other = owner.putIfAbsent(key + (name.contains("_en") ? "_en" : ""), name);
                assertThat(other).as(key + " is in " + name + " and in " + other).isNull();
            }
        }
    }

    @Test
    void chinese_texts_are_chinese_and_english_texts_are_not() throws IOException {
        Properties common = properties(new PathMatchingResourcePatternResolver().getResource("classpath:messages/common.properties"));
        Properties english = properties(new PathMatchingResourcePatternResolver().getResource("classpath:messages/common_en.properties"));
        assertThat(common.getProperty("layout.cart")).isEqualTo("购物车");
        assertThat(english.getProperty("layout.cart")).isEqualTo("Cart");
    }

    private static Set<String> keys(Resource bundle) throws IOException {
        return new TreeSet<>(properties(bundle).stringPropertyNames());
    }

    private static Properties properties(Resource bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
