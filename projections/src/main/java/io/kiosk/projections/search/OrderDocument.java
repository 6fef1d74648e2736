package io.kiosk.projections.search;

import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderStatus;

import java.time.Instant;
import java.util.List;

/**
 * An order as the search index holds it. {@code total} is a double because it is only ever
 * filtered and sorted on in the index; the exact amount lives in the tracking read model.
 */
record OrderDocument(String orderId,
                     String cartId,
                     String customerId,
                     String status,
                     String currency,
                     double total,
                     String placedAt,
                     List<String> productIds,
                     int lineCount) {

    static OrderDocument placed(OrderPlaced event, Instant placedAt) {
        return new OrderDocument(
                event.orderId().toString(),
                event.cartId().toString(),
                event.customerId().toString(),
                OrderStatus.PLACED.name(),
                event.total().currency().getCurrencyCode(),
                event.total().amount().doubleValue(),
                placedAt.toString(),
                event.lines().stream().map(OrderLine::productId).map(Object::toString).distinct().toList(),
                event.lines().size());
    }

    OrderDocument withStatus(String newStatus) {
        return new OrderDocument(orderId, cartId, customerId, newStatus, currency, total, placedAt, productIds, lineCount);
    }
}
