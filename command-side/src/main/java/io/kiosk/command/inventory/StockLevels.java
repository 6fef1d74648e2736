package io.kiosk.command.inventory;

import io.kiosk.api.delivery.StockLevel;
import io.kiosk.api.inventory.StockCommitted;
import io.kiosk.api.inventory.StockCounted;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.inventory.StockReceived;
import io.kiosk.api.inventory.StockReleased;
import io.kiosk.api.inventory.StockReserved;
import io.kiosk.api.inventory.VariantMadeToOrder;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The command side's stock levels, one row per stock item in table {@code stock_levels}, so that a
 * checkout can estimate delivery without loading each item's events. Written by a subscribing
 * processor inside the stock command's own transaction (see {@code StockLevelsConfiguration}), like
 * the product catalogue: the table never lags behind the events.
 */
@Component
@ProcessingGroup(StockLevels.PROCESSING_GROUP)
public class StockLevels {

    static final String PROCESSING_GROUP = "stock-levels";

    private final JdbcClient jdbc;

    StockLevels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The item's level as the delivery rules read it; {@link StockLevel#NONE} for an item nobody stocked. */
    public StockLevel of(StockItemId stockItemId) {
        return jdbc.sql("SELECT on_hand, reserved, made_to_order, lead_days FROM stock_levels WHERE stock_item_id = :id")
                .param("id", stockItemId.value())
                .query((row, n) -> row.getBoolean("made_to_order")
                        ? StockLevel.madeToOrder(row.getInt("lead_days"))
                        : StockLevel.available(Math.max(0, row.getInt("on_hand") - row.getInt("reserved"))))
                .optional()
                .orElse(StockLevel.NONE);
    }

    @EventHandler
    void on(StockCounted event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO stock_levels (stock_item_id, on_hand, reserved, made_to_order, lead_days, version)
                        VALUES (:id, :onHand, :reserved, FALSE, 0, :version)
                        ON CONFLICT (stock_item_id) DO UPDATE SET on_hand = :onHand, reserved = :reserved,
                            made_to_order = FALSE, lead_days = 0, version = :version""")
                .param("id", event.stockItemId().value())
                .param("onHand", event.onHand())
                .param("reserved", event.reserved())
                .param("version", version)
                .update();
    }

    @EventHandler
    void on(StockReceived event, @SequenceNumber long version) {
        units(event.stockItemId(), event.onHand(), event.reserved(), version);
    }

    @EventHandler
    void on(VariantMadeToOrder event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO stock_levels (stock_item_id, on_hand, reserved, made_to_order, lead_days, version)
                        VALUES (:id, 0, 0, TRUE, :leadDays, :version)
                        ON CONFLICT (stock_item_id) DO UPDATE SET made_to_order = TRUE, lead_days = :leadDays,
                            version = :version""")
                .param("id", event.stockItemId().value())
                .param("leadDays", event.leadDays())
                .param("version", version)
                .update();
    }

    @EventHandler
    void on(StockReserved event, @SequenceNumber long version) {
        units(event.stockItemId(), event.onHand(), event.reserved(), version);
    }

    @EventHandler
    void on(StockReleased event, @SequenceNumber long version) {
        units(event.stockItemId(), event.onHand(), event.reserved(), version);
    }

    @EventHandler
    void on(StockCommitted event, @SequenceNumber long version) {
        units(event.stockItemId(), event.onHand(), event.reserved(), version);
    }

    /** Units counted or moved; a made-to-order item keeps being made to order. */
    private void units(StockItemId stockItemId, int onHand, int reserved, long version) {
        jdbc.sql("""
                        INSERT INTO stock_levels (stock_item_id, on_hand, reserved, made_to_order, lead_days, version)
                        VALUES (:id, :onHand, :reserved, FALSE, 0, :version)
                        ON CONFLICT (stock_item_id) DO UPDATE SET on_hand = :onHand, reserved = :reserved,
                            version = :version""")
                .param("id", stockItemId.value())
                .param("onHand", onHand)
                .param("reserved", reserved)
                .param("version", version)
                .update();
    }
}
