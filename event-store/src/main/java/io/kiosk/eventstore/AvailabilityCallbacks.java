package io.kiosk.eventstore;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The callbacks of the event streams that want to hear the moment new events are there to read. Axon's pooled
 * streaming processors ask their stream for such a callback; without one, an idle processor's coordinator looks
 * for new events only every 500 ms, whatever wakes the event store.
 */
final class AvailabilityCallbacks {

    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();

    void add(Runnable callback) {
        callbacks.add(callback);
    }

    void remove(Runnable callback) {
        callbacks.remove(callback);
    }

    /** New events can be read: every waiting reader looks now (a look that finds nothing new costs it little). */
    void eventsAvailable() {
        callbacks.forEach(Runnable::run);
    }
}
