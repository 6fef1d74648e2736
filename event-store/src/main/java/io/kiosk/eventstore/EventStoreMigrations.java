package io.kiosk.eventstore;

import org.flywaydb.core.Flyway;

/**
 * The two sets of migrations every Kiosk application needs before Axon starts: the shared event
 * store, and Axon's bookkeeping tables in the application's own schema.
 */
public final class EventStoreMigrations {

    private final Flyway eventStore;
    private final Flyway bookkeeping;

    EventStoreMigrations(Flyway eventStore, Flyway bookkeeping) {
        this.eventStore = eventStore;
        this.bookkeeping = bookkeeping;
    }

    void migrate() {
        eventStore.migrate();
        bookkeeping.migrate();
    }
}
