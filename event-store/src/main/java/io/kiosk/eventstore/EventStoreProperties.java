package io.kiosk.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param schema               the PostgreSQL schema holding the event store tables, shared by both applications
 * @param ownSchema            the schema of this application, where its Axon tokens and sagas are kept
 *                             ({@code command} on the command side, {@code query} on the query side)
 * @param listenForAppends     whether the event processors are woken by PostgreSQL's notification that another
 *                             process appended events (the default), rather than only by polling
 * @param pollInterval         how often the processors look for events appended elsewhere when no notification
 *                             woke them: the safety net for a lost notification connection
 * @param commitDeadline       the oldest an event may be when the unit of work that applied it commits (30 s): an
 *                             older one is not stored, its unit of work rolls back ({@link StaleEventGuard}). It
 *                             bounds the time between an event's creation and its commit, whatever held the unit of
 *                             work up
 * @param gapTimeout           how long a tracking processor waits for a position of the log left empty by a
 *                             transaction that has not committed yet before it takes the position as never to be
 *                             filled (Axon's {@code gapTimeout}; 2 minutes). It must be well above
 *                             {@code commitDeadline}: see {@link GapSettings}
 * @param gapCleaningThreshold how many open gaps a processor's token carries before it checks which have timed out
 *                             (Axon's {@code gapCleaningThreshold}; 250)
 * @param migrate              whether this application migrates the event store (the command side, which owns it)
 *                             or waits until it is migrated (the query side, whose database role may only read it)
 * @param readerRole           the database role that reads the event store and keeps schemas of its own (the query
 *                             side's, {@code KIOSK_QUERY_DB_USER}): granted that after every migration, when it
 *                             exists; none when blank
 */
@ConfigurationProperties("kiosk.event-store")
public record EventStoreProperties(String schema, String ownSchema,
                                   @DefaultValue("true") boolean listenForAppends,
                                   @DefaultValue("1s") Duration pollInterval,
                                   @DefaultValue("30s") Duration commitDeadline,
                                   @DefaultValue("2m") Duration gapTimeout,
                                   @DefaultValue("250") int gapCleaningThreshold,
                                   @DefaultValue("true") boolean migrate,
                                   @DefaultValue("") String readerRole) {

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
        GapSettings.check(commitDeadline, gapTimeout, gapCleaningThreshold);
        readerRole = readerRole == null ? "" : readerRole.strip();
        if (!readerRole.isEmpty() && !readerRole.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalStateException("kiosk.event-store.reader-role must be a plain lower-case role name, not '"
                    + readerRole + "'");
        }
    }

    String table(String name) {
        return schema + "." + name;
    }

    String ownTable(String name) {
        return ownSchema + "." + name;
    }
}
