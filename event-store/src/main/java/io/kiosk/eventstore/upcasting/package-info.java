/**
 * Older shapes of stored events, read as today's. An event type that has shipped changes only with a new
 * {@code @Revision} on the event and an upcaster here that turns the previous revision into it, so that every event
 * ever stored still reads, in both applications (each registers these upcasters through the event store's
 * auto-configuration), in aggregates, sagas, projections and replays alike. Upcasters name events by their stored
 * type, so this module needs no dependency on {@code core-api}; their tests read real old payloads.
 */
package io.kiosk.eventstore.upcasting;
