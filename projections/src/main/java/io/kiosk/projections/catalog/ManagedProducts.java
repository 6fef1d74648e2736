package io.kiosk.projections.catalog;

import io.kiosk.api.catalog.CatalogueEntry;
import io.kiosk.api.catalog.ProductId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads products as the back office manages them: every defined product, published or not, with the exact stock of
 * each variant. (A product only stocked or published, with no definition seen yet, is not listed: there is nothing to
 * show or revise.)
 */
@Repository
class ManagedProducts {

    private final JdbcClient jdbc;
    private final ProductDefinitions definitions;
    private final StockStore stock;

    ManagedProducts(JdbcClient jdbc, ProductDefinitions definitions, StockStore stock) {
        this.jdbc = jdbc;
        this.definitions = definitions;
        this.stock = stock;
    }

    /** Up to {@code limit} products in the order of their ids. */
    List<CatalogueEntry> list(int limit) {
        return jdbc.sql("""
                        SELECT product_id, version, published, published_at, units_sold, definition::text AS definition
                        FROM catalog_product WHERE definition IS NOT NULL ORDER BY product_id LIMIT :limit""")
                .param("limit", limit)
                .query((row, n) -> new Row(new ProductId(row.getString("product_id")), row.getLong("version"),
                        row.getBoolean("published"), instant(row.getTimestamp("published_at")), row.getLong("units_sold"), row.getString("definition")))
                .list()
                .stream()
                .map(this::entry)
                .toList();
    }

    Optional<CatalogueEntry> find(ProductId product) {
        return jdbc.sql("""
                        SELECT version, published, published_at, units_sold, definition::text AS definition
                        FROM catalog_product WHERE product_id = :productId AND definition IS NOT NULL""")
                .param("productId", product.value())
                .query((row, n) -> new Row(product, row.getLong("version"), row.getBoolean("published"),
                        instant(row.getTimestamp("published_at")), row.getLong("units_sold"), row.getString("definition")))
                .optional()
                .map(this::entry);
    }

    private CatalogueEntry entry(Row row) {
        return new CatalogueEntry(row.product(), definitions.parse(row.product(), row.version(), row.definition()),
                row.published(), row.version(), row.firstPublishedAt(), stock.stockOf(row.product()), row.unitsSold());
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private record Row(ProductId product, long version, boolean published, Instant firstPublishedAt, long unitsSold, String definition) {
    }
}
