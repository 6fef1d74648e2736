/**
 * The analytics read model (schema {@code analytics}, processing group {@code analytics}): facts about carts,
 * orders, order lines, payments, products and refunds, and the reports the query API answers from them.
 *
 * <p>It stays right under several segments, replays and redeliveries because each fact table is written from
 * one aggregate's events only, keyed by that aggregate and guarded by its event sequence number, and holds only
 * what the events and their timestamps say (never the time of handling). Whatever combines aggregates — an order
 * and its payments, a cart and its order, a refund and the order it returns money for — is joined when read, in
 * the schema's views, which are also what analysts query with SQL. Every moment is kept with its day in the
 * mall's time zone ({@link io.kiosk.projections.analytics.MallCalendar}).
 */
package io.kiosk.projections.analytics;
