package io.kiosk.eventstore.privacy;

import org.flywaydb.core.Flyway;

/** Schema {@code privacy}, migrated by the application that makes keys (the command side) before it stores an event. */
public final class PrivacyMigrations {

    private final Flyway privacy;

    PrivacyMigrations(Flyway privacy) {
        this.privacy = privacy;
    }

    void migrate() {
        privacy.migrate();
    }
}
