package io.kiosk.projections.catalog;

import io.kiosk.api.catalog.ProductDefined;
import io.kiosk.api.catalog.ProductPublished;
import io.kiosk.api.catalog.ProductRevised;
import io.kiosk.api.catalog.ProductWithdrawn;
import io.kiosk.api.inventory.StockCommitted;
import io.kiosk.api.inventory.StockCounted;
import io.kiosk.api.inventory.StockReceived;
import io.kiosk.api.inventory.StockReleased;
import io.kiosk.api.inventory.StockReserved;
import io.kiosk.api.inventory.VariantMadeToOrder;
import io.kiosk.api.order.OrderPlaced;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.serialization.SerializationException;
import org.springframework.stereotype.Component;

/**
 * Which catalogue events must be handled one after the other: all events about one product, whether
 * the product itself or the stock of any of its variants recorded them, so that one segment sees a
 * product's changes in the order they happened. The default (per aggregate) would put a variant's
 * stock item in another segment than its product. An order's placement is keyed by the order: it
 * may touch several products, and the catalogue row locks (taken in product order) keep it safe.
 */
@Component(CatalogSequencingPolicy.BEAN_NAME)
public class CatalogSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    /** The name {@code axon.eventhandling.processors.catalog.sequencing-policy} refers to. */
    public static final String BEAN_NAME = "catalogSequencingPolicy";

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload;
        try {
            payload = event.getPayload();
        } catch (SerializationException unreadable) {
            // a poison event: keyed by its aggregate, so that the handler meets it and it is dead-lettered, not the processor stopped
            return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
        }
        String product = productOf(payload);
        if (product != null) {
            return "product:" + product;
        }
        if (payload instanceof OrderPlaced placed) {
            return "order:" + placed.orderId();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }

    private static String productOf(Object payload) {
        if (payload instanceof ProductDefined defined) {
            return defined.productId().value();
        } else if (payload instanceof ProductRevised revised) {
            return revised.productId().value();
        } else if (payload instanceof ProductPublished published) {
            return published.productId().value();
        } else if (payload instanceof ProductWithdrawn withdrawn) {
            return withdrawn.productId().value();
        } else if (payload instanceof StockCounted counted) {
            return counted.productId().value();
        } else if (payload instanceof StockReceived received) {
            return received.productId().value();
        } else if (payload instanceof VariantMadeToOrder madeToOrder) {
            return madeToOrder.productId().value();
        } else if (payload instanceof StockReserved reserved) {
            return reserved.productId().value();
        } else if (payload instanceof StockReleased released) {
            return released.productId().value();
        } else if (payload instanceof StockCommitted committed) {
            return committed.productId().value();
        }
        return null;
    }
}
