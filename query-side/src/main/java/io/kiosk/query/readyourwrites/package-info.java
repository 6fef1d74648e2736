/**
 * Read your writes: a client that sends the {@code Kiosk-Position} of its change as {@code ?position=} gets
 * its answer from a read model that has handled the event log at least that far, after a bounded wait, or an
 * honest 503 "not yet". Endpoints say which read models they answer from with {@link ReadsFrom}.
 */
package io.kiosk.query.readyourwrites;
