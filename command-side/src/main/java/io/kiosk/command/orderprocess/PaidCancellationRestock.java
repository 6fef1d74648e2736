package io.kiosk.command.orderprocess;

import io.kiosk.api.inventory.ReturnStock;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderPlaced;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A paid order cancelled before it shipped gives its goods back to the shelf: the order process committed every
 * line's reservation when the money came, so each is returned ({@code ReturnStock}, by the reservation the line
 * held, which applies once however often this runs). Its money goes back by the order's own cancellation refund.
 * Runs in a tracking processor of its own, from the events stored after it was deployed, whose errors propagate and
 * are retried ({@code OrderProcessConfiguration}).
 */
@Component
@ProcessingGroup(PaidCancellationRestock.PROCESSING_GROUP)
class PaidCancellationRestock {

    static final String PROCESSING_GROUP = "paid-cancellation-restock";

    private final CommandGateway commands;
    private final EventStore events;

    PaidCancellationRestock(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    @EventHandler
    void on(OrderCancelled event) {
        if (!event.wasPaid()) {
            return;
        }
        events.readEvents(event.orderId().toString()).asStream()
                .map(message -> message.getPayload())
                .filter(OrderPlaced.class::isInstance)
                .map(OrderPlaced.class::cast)
                .findFirst()
                .ifPresent(placed -> placed.lines().stream().filter(line -> line.stockItemId() != null).forEach(line -> {
                    LineReservation reservation = LineReservation.of(event.orderId(), line);
                    commands.sendAndWait(new ReturnStock(reservation.stockItemId(), reservation.reservationId()));
                }));
    }
}
