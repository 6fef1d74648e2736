package io.kiosk.query.history;

import org.axonframework.eventhandling.DomainEventMessage;

/** An event of an order's history as the event store holds it, with its position in the log when the log can say. */
record StoredEvent(DomainEventMessage<?> event, Long position) {
}
