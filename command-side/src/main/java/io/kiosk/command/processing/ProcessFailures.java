package io.kiosk.command.processing;

import java.util.List;

/**
 * What the command side's event processors could not handle: events parked in the dead-letter queues (a later event
 * of the same sequence waits behind each), and events given up or still being tried after failing
 * ({@link StalledEvents}). Empty lists: nothing is waiting for a person.
 */
public record ProcessFailures(List<ParkedEvent> parked, List<StalledEvent> stalled) {

    public ProcessFailures {
        parked = List.copyOf(parked);
        stalled = List.copyOf(stalled);
    }
}
