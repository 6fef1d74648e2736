package io.kiosk.query.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.order.OrderId;
import io.kiosk.projections.tracking.OrderAsOf;
import io.kiosk.query.problems.InvalidField;
import io.kiosk.query.problems.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * An order's history for the back office, straight from the event store: every event with who caused it,
 * and the order as it stood at any past instant, rebuilt by folding its events up to then (never from the
 * tracking read model, which knows only the present and may be in the middle of a rebuild).
 */
@RestController
@RequestMapping("/api/orders/{orderId}")
@Tag(name = "Order history")
class OrderHistoryController {

    /** The metadata keys the command side stores with every event (its CallerMetaData, Axon's MessageOriginProvider). */
    private static final String ACCOUNT_ID = "accountId";
    private static final String TRACE_ID = "traceId";
    private static final String CORRELATION_ID = "correlationId";

    private final OrderEventStreams streams;
    private final ObjectMapper json;

    OrderHistoryController(OrderEventStreams streams, ObjectMapper json) {
        this.streams = streams;
        this.json = json;
    }

    @GetMapping("/history")
    @Operation(operationId = "getOrderHistory", summary = "Every event of the order and of its payments and refunds in log order: "
            + "position, aggregate, sequence, type, time, payload, who caused it, trace id")
    OrderHistory history(@PathVariable UUID orderId) {
        return new OrderHistory(orderId.toString(), eventsOf(new OrderId(orderId)).stream().map(this::entry).toList());
    }

    @GetMapping("/as-of")
    @Operation(operationId = "getOrderAsOf", summary = "The order as it stood at an instant (status, lines, totals, payment, "
            + "shipment, timeline up to then), rebuilt from its events", responses = {
            @ApiResponse(responseCode = "200", description = "The order then", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "404", description = "`not-found`: no such order, or it was not placed yet at that instant")})
    OrderAsOfAnswer asOf(@PathVariable UUID orderId,
                         @Parameter(description = "an ISO-8601 instant with its offset, such as 2026-11-25T10:00:00Z",
                                 required = true, schema = @Schema(type = "string", format = "date-time"))
                         @RequestParam(required = false) String at) {
        Instant instant = instant(at);
        List<StoredEvent> events = eventsOf(new OrderId(orderId));
        List<DomainEventMessage<?>> upToThen = events.stream()
                .map(StoredEvent::event)
                .filter(event -> !event.getTimestamp().isAfter(instant))
                .<DomainEventMessage<?>>map(event -> event)
                .toList();
        return OrderAsOf.fold(upToThen)
                .map(order -> new OrderAsOfAnswer(instant, upToThen.size(), order))
                .orElseThrow(() -> new NotFound("order " + orderId + " was not placed yet at " + instant
                        + " (it was placed at " + events.get(0).event().getTimestamp() + ")"));
    }

    private List<StoredEvent> eventsOf(OrderId orderId) {
        List<StoredEvent> events = streams.of(orderId);
        if (events.isEmpty()) {
            throw new NotFound("order " + orderId + " does not exist");
        }
        return events;
    }

    private HistoryEntry entry(StoredEvent stored) {
        DomainEventMessage<?> event = stored.event();
        return new HistoryEntry(stored.position(), event.getType(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                event.getPayloadType().getSimpleName(), event.getTimestamp(), json.valueToTree(event.getPayload()),
                metaData(event, ACCOUNT_ID), metaData(event, TRACE_ID), metaData(event, CORRELATION_ID));
    }

    private static String metaData(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private static Instant instant(String at) {
        if (at == null || at.isBlank()) {
            throw new InvalidField("at", "is required: the instant to see the order at, such as 2026-11-25T10:00:00Z");
        }
        try {
            // a "+08:00" sent without encoding its "+" arrives as " 08:00"
            return OffsetDateTime.parse(at.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException malformed) {
            throw new InvalidField("at", "'" + at + "' is not an ISO-8601 instant with an offset, such as 2026-11-25T10:00:00Z");
        }
    }
}
