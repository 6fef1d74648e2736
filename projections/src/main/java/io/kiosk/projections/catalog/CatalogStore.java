package io.kiosk.projections.catalog;

import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.order.OrderId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The catalogue's products and sales in PostgreSQL. Every product write moves the product's version
 * up to the event's sequence number and changes something only if that move happened; a sale counts
 * once per order and product. Each method answers whether it changed anything, so that the search
 * document is rewritten only when the product really changed.
 *
 * <p>A product's row is written from two sequences that may run in different segments at once: the product's
 * own events (with its stock) and the orders that sold it. Whatever either writes must not depend on which
 * came first, or a rebuild could end in another state than the live run: {@code updated_at} is therefore the
 * latest of the moments of the events applied, not the moment of the one applied last.
 */
@Repository
class CatalogStore {

    private final JdbcClient jdbc;

    CatalogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a product's definition (defined or revised). */
    boolean define(ProductId product, String definition, long version, Instant at) {
        return jdbc.sql("""
                        INSERT INTO catalog_product (product_id, definition, version, updated_at)
                        VALUES (:productId, CAST(:definition AS jsonb), :version, :at)
                        ON CONFLICT (product_id) DO UPDATE
                            SET definition = EXCLUDED.definition, version = EXCLUDED.version,
                                updated_at = GREATEST(catalog_product.updated_at, EXCLUDED.updated_at)
                            WHERE catalog_product.version < EXCLUDED.version""")
                .param("productId", product.value())
                .param("definition", definition)
                .param("version", version)
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** Shows or hides a product; it keeps the moment it was first published, by which "newest" sorts. */
    boolean publish(ProductId product, boolean published, long version, Instant at) {
        return jdbc.sql("""
                        INSERT INTO catalog_product (product_id, published, published_at, version, updated_at)
                        VALUES (:productId, :published, CASE WHEN :published THEN CAST(:at AS timestamptz) END, :version, :at)
                        ON CONFLICT (product_id) DO UPDATE
                            SET published = EXCLUDED.published,
                                published_at = COALESCE(catalog_product.published_at, EXCLUDED.published_at),
                                version = EXCLUDED.version, updated_at = GREATEST(catalog_product.updated_at, EXCLUDED.updated_at)
                            WHERE catalog_product.version < EXCLUDED.version""")
                .param("productId", product.value())
                .param("published", published)
                .param("version", version)
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** Empties the products and sales, for a rebuild from the first event. */
    void clear() {
        jdbc.sql("TRUNCATE catalog_product, catalog_sale").update();
    }

    /** Counts the units of one product in one order towards its popularity, once. */
    boolean recordSale(OrderId order, ProductId product, int units, Instant at) {
        int recorded = jdbc.sql("""
                        INSERT INTO catalog_sale (order_id, product_id, units) VALUES (:orderId, :productId, :units)
                        ON CONFLICT (order_id, product_id) DO NOTHING""")
                .param("orderId", order.value())
                .param("productId", product.value())
                .param("units", units)
                .update();
        if (recorded == 0) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO catalog_product (product_id, units_sold, updated_at) VALUES (:productId, :units, :at)
                        ON CONFLICT (product_id) DO UPDATE
                            SET units_sold = catalog_product.units_sold + EXCLUDED.units_sold,
                                updated_at = GREATEST(catalog_product.updated_at, EXCLUDED.updated_at)""")
                .param("productId", product.value())
                .param("units", units)
                .param("at", Timestamp.from(at))
                .update();
        return true;
    }

    /**
     * Moves the product's search revision up and answers the product as it now stands. The update
     * locks the product's row until the transaction ends: whoever changes the product next waits,
     * then reads this change and writes a higher revision.
     */
    Optional<SearchState> nextSearchRevision(ProductId product, Instant at) {
        return jdbc.sql("""
                        INSERT INTO catalog_product (product_id, search_revision, updated_at) VALUES (:productId, 1, :at)
                        ON CONFLICT (product_id) DO UPDATE SET search_revision = catalog_product.search_revision + 1
                        RETURNING search_revision, version, definition::text AS definition, published, published_at,
                                  units_sold, in_search,
                                  EXISTS (SELECT 1 FROM catalog_stock s WHERE s.product_id = catalog_product.product_id
                                          AND (s.made_to_order OR s.on_hand > s.reserved)) AS in_stock""")
                .param("productId", product.value())
                .param("at", Timestamp.from(at))
                .query((row, n) -> new SearchState(
                        row.getLong("search_revision"),
                        row.getLong("version"),
                        row.getString("definition"),
                        row.getBoolean("published"),
                        row.getTimestamp("published_at") == null ? null : row.getTimestamp("published_at").toInstant(),
                        row.getLong("units_sold"),
                        row.getBoolean("in_search"),
                        row.getBoolean("in_stock")))
                .optional();
    }

    void markInSearch(ProductId product, boolean inSearch) {
        jdbc.sql("UPDATE catalog_product SET in_search = :inSearch WHERE product_id = :productId")
                .param("productId", product.value())
                .param("inSearch", inSearch)
                .update();
    }

    /** A product as its search document shows it, at one search revision. */
    record SearchState(long revision, long version, String definition, boolean published, Instant publishedAt,
                       long unitsSold, boolean inSearch, boolean inStock) {

        boolean belongsInSearch() {
            return published && definition != null;
        }
    }
}
