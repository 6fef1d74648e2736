package io.kiosk.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param schema           the PostgreSQL schema holding the event store tables, shared by both applications
 * @param ownSchema        the schema of this application, where its Axon tokens and sagas are kept
 *                         ({@code command} on the command side, {@code query} on the query side)
 * @param listenForAppends whether the event processors are woken by PostgreSQL's notification that another
 *                         process appended events (the default), rather than only by polling
 * @param pollInterval     how often the processors look for events appended elsewhere when no notification
 *                         woke them: the safety net for a lost notification connection
 */
@ConfigurationProperties("kiosk.event-store")
public record EventStoreProperties(String schema, String ownSchema,
                                   @DefaultValue("true") boolean listenForAppends,
                                   @DefaultValue("1s") Duration pollInterval) {

    public EventStoreProperties {
        schema = schema == null || schema.isBlank() ? "eventstore" : schema;
        if (ownSchema == null || ownSchema.isBlank()) {
            throw new IllegalStateException("kiosk.event-store.own-schema must name this application's schema");
        }
        if (ownSchema.equals(schema)) {
            throw new IllegalStateException("kiosk.event-store.own-schema must differ from the event store schema");
        }
        if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalStateException("kiosk.event-store.poll-interval must be positive");
        }
    }

    String table(String name) {
        return schema + "." + name;
    }

    String ownTable(String name) {
        return ownSchema + "." + name;
    }
}
