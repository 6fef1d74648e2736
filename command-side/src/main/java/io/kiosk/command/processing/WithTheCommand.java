package io.kiosk.command.processing;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;

/**
 * A processing group whose handlers write tables that must change with the events themselves: a subscribing processor,
 * so they run in the command's own unit of work and transaction, and propagating errors, so a failure of theirs fails
 * the command and nothing of it is kept (the event neither).
 */
public final class WithTheCommand {

    private WithTheCommand() {
    }

    /** Runs {@code processingGroup} inside the commands that publish its events, failing them when it fails. */
    public static void handle(EventProcessingConfigurer processing, String processingGroup) {
        processing.registerSubscribingEventProcessor(processingGroup)
                .registerListenerInvocationErrorHandler(processingGroup, configuration -> PropagatingErrorHandler.instance());
    }
}
