package io.kiosk.projections.tracking;

import io.kiosk.api.order.FindOrderSummary;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderSummary;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** Keeps the order tracking read model and answers questions about single orders from it. */
@Component
@ProcessingGroup(OrderTrackingProjection.PROCESSING_GROUP)
public class OrderTrackingProjection {

    public static final String PROCESSING_GROUP = "order-tracking";

    private final OrderTrackingStore store;

    OrderTrackingProjection(OrderTrackingStore store) {
        this.store = store;
    }

    @EventHandler
    void on(OrderPlaced event, @SequenceNumber long sequence, @Timestamp Instant placedAt) {
        store.insertPlaced(event, sequence, placedAt);
    }

    @QueryHandler
    Optional<OrderSummary> answer(FindOrderSummary query) {
        return store.find(query.orderId());
    }
}
