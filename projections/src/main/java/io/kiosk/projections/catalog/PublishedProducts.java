package io.kiosk.projections.catalog;

import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.catalog.ProductId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads one published product (or, for the back office's previews, any defined product) by its id: a primary-key lookup that sends the definition's JSON
 * only when the version kept in memory is not the current one.
 */
@Repository
class PublishedProducts {

    private final JdbcClient jdbc;
    private final ProductDefinitions definitions;

    PublishedProducts(JdbcClient jdbc, ProductDefinitions definitions) {
        this.jdbc = jdbc;
        this.definitions = definitions;
    }

    Optional<PublishedProduct> find(ProductId product) {
        return find(product, true);
    }

    /** A product whether or not it is on sale (a draft the back office previews). */
    Optional<PublishedProduct> findDefined(ProductId product) {
        return find(product, false);
    }

    private Optional<PublishedProduct> find(ProductId product, boolean onSaleOnly) {
        return jdbc.sql("""
                        SELECT version, published_at, units_sold,
                               CASE WHEN version = :cachedVersion THEN NULL ELSE definition::text END AS definition
                        FROM catalog_product
                        WHERE product_id = :productId AND (published OR NOT :onSaleOnly) AND definition IS NOT NULL""")
                .param("productId", product.value())
                .param("onSaleOnly", onSaleOnly)
                .param("cachedVersion", definitions.cachedVersion(product))
                .query((row, n) -> {
                    long version = row.getLong("version");
                    String json = row.getString("definition");
                    Timestamp publishedAt = row.getTimestamp("published_at");
                    return new Row(version, json, publishedAt == null ? null : publishedAt.toInstant(), row.getLong("units_sold"));
                })
                .optional()
                .map(row -> new PublishedProduct(product, row.version(), definitionOf(product, row), row.publishedAt(), row.unitsSold()));
    }

    /** The kept definition when the row did not send one; parsed (and kept) otherwise. */
    private ProductDefinition definitionOf(ProductId product, Row row) {
        if (row.definition() == null) {
            Optional<ProductDefinition> kept = definitions.cached(product, row.version());
            if (kept.isPresent()) {
                return kept.get();
            }
            // replaced in memory between the query and now by another version: read it again
            return jdbc.sql("SELECT version, definition::text AS definition FROM catalog_product WHERE product_id = :productId")
                    .param("productId", product.value())
                    .query((again, n) -> definitions.parse(product, again.getLong("version"), again.getString("definition")))
                    .single();
        }
        return definitions.parse(product, row.version(), row.definition());
    }

    private record Row(long version, String definition, Instant publishedAt, long unitsSold) {
    }

    /** A published product's current definition, with the version it has and what the catalogue knows of its sales. */
    record PublishedProduct(ProductId productId, long version, ProductDefinition definition, Instant publishedAt, long unitsSold) {
    }
}
