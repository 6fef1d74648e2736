package io.kiosk.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param schema    the PostgreSQL schema holding the event store tables, shared by both applications
 * @param ownSchema the schema of this application, where its Axon tokens and sagas are kept
 *                  ({@code command} on the command side, {@code query} on the query side)
 */
@ConfigurationProperties("kiosk.event-store")
public record EventStoreProperties(String schema, String ownSchema) {

    public EventStoreProperties {
        schema = schema == null || schema.isBlank() ? "eventstore" : schema;
        if (ownSchema == null || ownSchema.isBlank()) {
            throw new IllegalStateException("kiosk.event-store.own-schema must name this application's schema");
        }
        if (ownSchema.equals(schema)) {
            throw new IllegalStateException("kiosk.event-store.own-schema must differ from the event store schema");
        }
    }

    String table(String name) {
        return schema + "." + name;
    }

    String ownTable(String name) {
        return ownSchema + "." + name;
    }
}
