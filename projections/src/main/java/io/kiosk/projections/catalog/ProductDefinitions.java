package io.kiosk.projections.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.catalog.ProductId;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Product definitions as the catalogue stores them (JSON), and the parsed definition of each
 * product's current version kept in memory: a quote is asked for on every click, and parsing and
 * checking a definition costs more than reading it. One entry per product (the newest version
 * seen), so the cache is as large as the catalogue and never stale: a reader asks for a version.
 */
@Component
class ProductDefinitions {

    private final ObjectMapper json;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    ProductDefinitions(ObjectMapper json) {
        this.json = json;
    }

    String toJson(ProductDefinition definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a product definition always serializes", impossible);
        }
    }

    /** The definition of {@code product} at {@code version}, if it was parsed before. */
    Optional<ProductDefinition> cached(ProductId product, long version) {
        Parsed known = parsed.get(product.value());
        return known != null && known.version() == version ? Optional.of(known.definition()) : Optional.empty();
    }

    /** The version whose definition is kept for {@code product}, or {@code -2} (no version has that number). */
    long cachedVersion(ProductId product) {
        Parsed known = parsed.get(product.value());
        return known == null ? -2 : known.version();
    }

    /** Parses the definition of {@code product} at {@code version} and keeps it unless a newer one is kept already. */
    ProductDefinition parse(ProductId product, long version, String definition) {
        try {
            ProductDefinition read = json.readValue(definition, ProductDefinition.class);
            parsed.merge(product.value(), new Parsed(version, read), (kept, fresh) -> fresh.version() >= kept.version() ? fresh : kept);
            return read;
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("catalog_product.definition of " + product + " is not a product definition", corrupt);
        }
    }

    private record Parsed(long version, ProductDefinition definition) {
    }
}
