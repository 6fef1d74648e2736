package io.kiosk.command.refund;

import io.kiosk.api.order.OrderRefundRequested;
import io.kiosk.api.refund.OpenRefund;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * When the order accepts a refund request, the refund is opened. This runs in a subscribing processor inside
 * the request's own unit of work and transaction ({@code RefundConfiguration}), so the order's hold and its
 * refund are stored together or not at all, as a checkout and its order are.
 */
@Component
@ProcessingGroup(RefundOpening.PROCESSING_GROUP)
class RefundOpening {

    static final String PROCESSING_GROUP = "refund-opening";

    private final CommandGateway commands;

    RefundOpening(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(OrderRefundRequested event) {
        commands.sendAndWait(new OpenRefund(event.refundId(), event.orderId(), event.customerId(), event.paymentId(),
                event.method(), event.lines(), event.amount(), event.reason(), event.note(), event.withReturn(),
                event.autoApproved()));
    }
}
