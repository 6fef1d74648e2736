package io.kiosk.command.orderprocess;

import io.kiosk.api.inventory.ReservationId;
import io.kiosk.api.inventory.ReturnStock;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderExpired;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderShipped;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * A paid order cancelled before it shipped gives its goods back to the shelf: the order process committed every
 * line's reservation when the money came, so each is returned ({@code ReturnStock}, by the reservation the line
 * held, which applies once however often this runs). Its money goes back by the order's own cancellation refund.
 *
 * <p>It remembers what it needs itself: the stock item of each line of the orders that may still be cancelled, in
 * table {@code restock_line}, written from {@link OrderPlaced} and forgotten once the order ships, expires or is
 * cancelled. Its processor is segmented by order ({@code axon.eventhandling.processors.paid-cancellation-restock}),
 * so an order's events come in order; a failure parks that order's events ({@code processing}), not everyone's.
 */
@Component
@ProcessingGroup(PaidCancellationRestock.PROCESSING_GROUP)
class PaidCancellationRestock {

    static final String PROCESSING_GROUP = "paid-cancellation-restock";

    private final CommandGateway commands;
    private final JdbcClient jdbc;

    PaidCancellationRestock(CommandGateway commands, JdbcClient jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrderPlaced event) {
        for (OrderLine line : event.lines()) {
            if (line.stockItemId() != null) {
                jdbc.sql("""
                                INSERT INTO restock_line (order_id, line_id, stock_item_id) VALUES (:order, :line, :stockItem)
                                ON CONFLICT DO NOTHING""")
                        .param("order", event.orderId().value())
                        .param("line", line.lineId().value())
                        .param("stockItem", line.stockItemId().value())
                        .update();
            }
        }
    }

    @EventHandler
    void on(OrderCancelled event) {
        if (event.wasPaid()) {
            for (LineStock line : lines(event.orderId())) {
                ReservationId reservation = LineReservation.idOf(event.orderId(), line.lineId());
                commands.sendAndWait(new ReturnStock(line.stockItemId(), reservation));
            }
        }
        forget(event.orderId());
    }

    @EventHandler
    void on(OrderShipped event) {
        forget(event.orderId());
    }

    @EventHandler
    void on(OrderExpired event) {
        forget(event.orderId());
    }

    private List<LineStock> lines(OrderId orderId) {
        return jdbc.sql("SELECT line_id, stock_item_id FROM restock_line WHERE order_id = :order ORDER BY line_id")
                .param("order", orderId.value())
                .query((row, n) -> new LineStock(row.getObject("line_id", UUID.class), new StockItemId(row.getString("stock_item_id"))))
                .list();
    }

    private void forget(OrderId orderId) {
        jdbc.sql("DELETE FROM restock_line WHERE order_id = :order").param("order", orderId.value()).update();
    }

    private record LineStock(UUID lineId, StockItemId stockItemId) {
    }
}
