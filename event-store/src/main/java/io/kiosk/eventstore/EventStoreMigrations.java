package io.kiosk.eventstore;

import org.flywaydb.core.Flyway;

/**
 * The event store's migrations, which every Kiosk application runs before Axon starts; Flyway's
 * lock makes the second application's run a no-op.
 */
public final class EventStoreMigrations {

    private final Flyway eventStore;

    EventStoreMigrations(Flyway eventStore) {
        this.eventStore = eventStore;
    }

    void migrate() {
        eventStore.migrate();
    }
}
