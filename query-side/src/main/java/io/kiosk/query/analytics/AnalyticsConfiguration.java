package io.kiosk.query.analytics;

import io.kiosk.eventstore.EventStoreMigrations;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * The analytics schema and its answers in CSV. The schema is migrated by a Flyway of its own ({@code
 * classpath:db/analytics}, history in {@code analytics.flyway_schema_history}) rather than with the read models
 * of schema {@code query}: it is a schema analysts are given, with its own read-only role, and the projections'
 * tests migrate {@code db/query} into throwaway schemas, where tables qualified with {@code analytics.} would
 * collide. Migrated while the application starts, before any processor handles an event.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsConfiguration {

    static final String SCHEMA = "analytics";

    /** After the event store's migrations, which let this application's role create its schemas. */
    @Bean(initMethod = "migrate")
    AnalyticsMigrations analyticsMigrations(DataSource dataSource, EventStoreMigrations eventStore) {
        return new AnalyticsMigrations(Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/analytics")
                .load());
    }

    @Bean
    TableCsvConverter tableCsvConverter() {
        return new TableCsvConverter();
    }

    /** The analytics schema's migrations; a wrapper, so that Spring Boot's own Flyway for schema {@code query} stays. */
    static final class AnalyticsMigrations {

        private final Flyway flyway;

        AnalyticsMigrations(Flyway flyway) {
            this.flyway = flyway;
        }

        void migrate() {
            flyway.migrate();
        }
    }
}
