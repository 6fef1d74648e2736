package io.kiosk.projections.search;

import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderStatusReached;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Feeds the order search index from the order events: the order when placed, then each status it reaches. */
@Component
@ProcessingGroup(OrderSearchProjection.PROCESSING_GROUP)
public class OrderSearchProjection {

    public static final String PROCESSING_GROUP = "order-search";

    private final OrderSearchIndex index;

    OrderSearchProjection(OrderSearchIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(OrderPlaced event, @SequenceNumber long sequence, @Timestamp Instant placedAt) {
        index.write(OrderDocument.placed(event, placedAt), sequence);
    }

    @EventHandler
    void on(OrderStatusReached event, @SequenceNumber long sequence) {
        index.changeStatus(event.orderId().toString(), event.status().name(), sequence);
    }
}
