/**
 * Where Kiosk's events live, shared by the command side (which appends) and the query side (which
 * tails): the PostgreSQL tables of Axon's JDBC event storage engine, their Flyway migrations, and
 * the Axon bookkeeping tables (tokens, sagas) that each application keeps in its own schema.
 *
 * <p>Why JDBC and not Axon's JPA storage: the event store is two append-only tables; JDBC keeps
 * the payload columns plain {@code bytea} (JPA's {@code @Lob} maps byte arrays to PostgreSQL large
 * objects, which are never vacuumed with their rows), needs no Hibernate in either application,
 * and lets Flyway own every column.
 */
package io.kiosk.eventstore;
