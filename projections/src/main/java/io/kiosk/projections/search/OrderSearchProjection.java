package io.kiosk.projections.search;

import io.kiosk.api.order.OrderPlaced;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Feeds the order search index from the order events. */
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
}
