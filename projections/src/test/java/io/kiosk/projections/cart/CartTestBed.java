package io.kiosk.projections.cart;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.projections.ReadModelSchema;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The cart read model as the query side runs it, without the query side: its tables in a schema of their own in the
 * test database, made by the query side's migrations, and the projection behind Axon's own annotation adapter, so
 * that events reach it as a processor hands them over (with the cart's sequence number and the event's timestamp)
 * and a reset calls its reset handler.
 */
final class CartTestBed {

    private static final String SCHEMA = "projections_cart_test";

    final JdbcClient jdbc;
    final CartProjection projection;
    private final AnnotationEventHandlerAdapter handlers;

    private CartTestBed() {
        DataSource dataSource = ReadModelSchema.fresh(SCHEMA);
        jdbc = JdbcClient.create(dataSource);
        projection = new CartProjection(new CartStore(jdbc, new ObjectMapper()));
        handlers = new AnnotationEventHandlerAdapter(projection);
    }

    static CartTestBed start() {
        return new CartTestBed();
    }

    /** Hands the projection one event of a cart as stored: the cart's id, the event's sequence number and timestamp. */
    void handle(Recorded event) {
        try {
            handlers.handle(new GenericDomainEventMessage<>("Cart", event.cartId(), event.sequence(), event.payload(),
                    MetaData.emptyInstance(), UUID.randomUUID().toString(), event.at()));
        } catch (Exception failed) {
            throw new IllegalStateException("the projection refused " + event, failed);
        }
    }

    void handle(List<Recorded> events) {
        events.forEach(this::handle);
    }

    /** What a replay does first. */
    void reset() {
        handlers.prepareReset();
    }

    /** Every row of both cart tables as PostgreSQL prints them, sorted: equal dumps are equal tables. */
    List<String> dump() {
        return jdbc.sql("SELECT t::text FROM cart t UNION ALL SELECT l::text FROM cart_line l ORDER BY 1").query(String.class).list();
    }

    /** An event as the event store holds it. */
    record Recorded(String cartId, long sequence, Instant at, Object payload) {
    }
}
