/**
 * Kiosk's read models, each built only from events and each able to be thrown away and rebuilt
 * from the event log. One package per read model holds its event handlers, its store and its
 * query handlers: {@code tracking} (orders as customers follow them, PostgreSQL), {@code search}
 * (orders in Elasticsearch), {@code customer} (customer profiles, PostgreSQL), {@code cart} (carts
 * as their owners fill them, PostgreSQL), {@code catalog} (published products, stock and popularity
 * in PostgreSQL, product search in Elasticsearch, live quotes) and {@code analytics}. The query-side
 * application runs them; who may see what is its concern, not theirs.
 *
 * <p>Every handler is idempotent: replays and redeliveries never make a read model go backwards.
 */
package io.kiosk.projections;
