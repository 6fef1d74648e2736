package io.kiosk.eventstore;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;


/**
 * The event store's migrations, run before Axon starts. The application that owns the event store (the command side)
 * migrates it; the other (the query side, whose database role may only read it) waits until it is migrated, so that
 * it never creates the event store's schema under its own role, and never starts reading before the tables and the
 * grants that let it read them exist ({@code db/eventstore/afterMigrate.sql}).
 */
public final class EventStoreMigrations {

    private static final Logger log = LoggerFactory.getLogger(EventStoreMigrations.class);
    /** As long as a start of the owning application may take on a busy machine. */
    static final Duration WAIT = Duration.ofMinutes(5);

    private final Flyway eventStore;
    private final boolean migrates;
    private final Duration wait;

    EventStoreMigrations(Flyway eventStore, boolean migrates, Duration wait) {
        this.eventStore = eventStore;
        this.migrates = migrates;
        this.wait = wait;
    }

    void migrate() {
        if (migrates) {
            eventStore.migrate();
        } else {
            awaitMigrated();
        }
    }

    private void awaitMigrated() {
        Instant deadline = Instant.now().plus(wait);
        boolean told = false;
        while (!migrated()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the event store is not migrated, or not readable by this application's"
                        + " database role, after " + wait + ": the command side migrates it and grants the reader role"
                        + " (kiosk.event-store.reader-role) what it needs");
            }
            if (!told) {
                log.info("waiting for the command side to migrate the event store");
                told = true;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the event store", interrupted);
            }
        }
    }

    private boolean migrated() {
        try {
            MigrationInfoService info = eventStore.info();
            return info.current() != null && info.pending().length == 0;
        } catch (FlywayException notYet) {
            return false; // no schema yet, or no grant yet to read its history
        }
    }
}
