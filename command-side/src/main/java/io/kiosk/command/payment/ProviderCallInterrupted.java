package io.kiosk.command.payment;

/**
 * The application stopped while a provider call waited to be tried again. Nothing was reported: the event's unit of
 * work rolls back and the event is handled again when the processor next runs. A transient failure, never parked.
 */
public class ProviderCallInterrupted extends RuntimeException {

    ProviderCallInterrupted(InterruptedException cause) {
        super("interrupted while waiting to call a provider again", cause);
    }
}
