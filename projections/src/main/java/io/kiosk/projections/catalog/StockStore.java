package io.kiosk.projections.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.catalog.CatalogueEntry;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.delivery.StockLevel;
import io.kiosk.api.inventory.StockItemId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stock per variant in PostgreSQL, one row per stock item. A write moves the row's version up to
 * the stock item's event sequence number and changes the levels only if that move happened.
 */
@Repository
class StockStore {

    private static final TypeReference<Map<String, String>> VARIANT = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    StockStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Sets the levels the change speaks about and answers whether the variant could be ordered
     * before and after; empty if the stock item has seen this event already. (The statement's
     * snapshot shows {@code before} the row as it was, whatever the statement changes.)
     */
    Optional<Applied> apply(StockChange change, long version, Instant at) {
        return jdbc.sql("""
                        WITH before AS (SELECT made_to_order OR on_hand > reserved AS orderable
                                        FROM catalog_stock WHERE stock_item_id = :stockItemId)
                        INSERT INTO catalog_stock (stock_item_id, product_id, variant, on_hand, reserved, made_to_order,
                                                   lead_days, version, updated_at)
                        VALUES (:stockItemId, :productId, CAST(:variant AS jsonb), COALESCE(CAST(:onHand AS integer), 0),
                                COALESCE(CAST(:reserved AS integer), 0), COALESCE(CAST(:madeToOrder AS boolean), FALSE),
                                COALESCE(CAST(:leadDays AS integer), 0), :version, :at)
                        ON CONFLICT (stock_item_id) DO UPDATE
                            SET on_hand = COALESCE(CAST(:onHand AS integer), catalog_stock.on_hand),
                                reserved = COALESCE(CAST(:reserved AS integer), catalog_stock.reserved),
                                made_to_order = COALESCE(CAST(:madeToOrder AS boolean), catalog_stock.made_to_order),
                                lead_days = COALESCE(CAST(:leadDays AS integer), catalog_stock.lead_days),
                                version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
                            WHERE catalog_stock.version < EXCLUDED.version
                        RETURNING COALESCE((SELECT orderable FROM before), FALSE) AS was_orderable,
                                  made_to_order OR on_hand > reserved AS orderable""")
                .param("stockItemId", change.stockItem().value())
                .param("productId", change.product().value())
                .param("variant", toJson(change.variant()))
                .param("onHand", change.onHand())
                .param("reserved", change.reserved())
                .param("madeToOrder", change.madeToOrder())
                .param("leadDays", change.leadDays())
                .param("version", version)
                .param("at", Timestamp.from(at))
                .query((row, n) -> new Applied(row.getBoolean("was_orderable"), row.getBoolean("orderable")))
                .optional();
    }

    /** Empties the stock table, for a rebuild from the first event. */
    void clear() {
        jdbc.sql("TRUNCATE catalog_stock").update();
    }

    /** The stock of one variant as a quote sees it; a variant nobody stocked is out of stock. */
    StockLevel level(StockItemId stockItem) {
        return jdbc.sql("SELECT on_hand, reserved, made_to_order, lead_days FROM catalog_stock WHERE stock_item_id = :stockItemId")
                .param("stockItemId", stockItem.value())
                .query((row, n) -> levelOf(row))
                .optional()
                .orElse(StockLevel.NONE);
    }

    /** Every stocked variant of a product, in the order of their ids. */
    List<Variant> variantsOf(ProductId product) {
        return jdbc.sql("""
                        SELECT variant::text AS variant, on_hand, reserved, made_to_order, lead_days
                        FROM catalog_stock WHERE product_id = :productId ORDER BY stock_item_id""")
                .param("productId", product.value())
                .query((row, n) -> new Variant(fromJson(row.getString("variant")), levelOf(row)))
                .list();
    }

    /** Every stocked variant of a product with its exact counts, for the back office, in the order of their ids. */
    List<CatalogueEntry.StockedVariant> stockOf(ProductId product) {
        return jdbc.sql("""
                        SELECT variant::text AS variant, on_hand, reserved, made_to_order, lead_days
                        FROM catalog_stock WHERE product_id = :productId ORDER BY stock_item_id""")
                .param("productId", product.value())
                .query((row, n) -> new CatalogueEntry.StockedVariant(fromJson(row.getString("variant")), row.getInt("on_hand"),
                        row.getInt("reserved"), Math.max(0, row.getInt("on_hand") - row.getInt("reserved")),
                        row.getBoolean("made_to_order"), row.getInt("lead_days")))
                .list();
    }

    /** Available is what is on hand and not held for orders; a count below the reservations shows as none. */
    private static StockLevel levelOf(ResultSet row) throws SQLException {
        return new StockLevel(row.getBoolean("made_to_order"),
                Math.max(0, row.getInt("on_hand") - row.getInt("reserved")),
                row.getInt("lead_days"));
    }

    private String toJson(ChosenOptions variant) {
        try {
            return json.writeValueAsString(variant.values());
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a variant of strings always serializes", impossible);
        }
    }

    private ChosenOptions fromJson(String variant) {
        try {
            return new ChosenOptions(json.readValue(variant, VARIANT));
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("catalog_stock.variant is not a JSON object: " + variant, corrupt);
        }
    }

    record Variant(ChosenOptions variant, StockLevel level) {
    }

    /** Whether the variant could be ordered (some available, or made to order) before and after a change. */
    record Applied(boolean wasOrderable, boolean orderable) {

        boolean changesWhetherOrderable() {
            return wasOrderable != orderable;
        }
    }
}
