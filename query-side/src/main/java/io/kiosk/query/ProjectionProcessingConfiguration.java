package io.kiosk.query;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * A projection that fails on an event must not skip it: the failure propagates, the processor
 * releases its segment and retries the event with back-off instead of logging and moving on. With a
 * dead-letter queue (every processing group of the query side has one, see {@code deadletter}) the
 * failure reaches the queue's policy first, which parks a poison event and throws a transient failure on.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionProcessingConfiguration {

    @Autowired
    void neverSkipFailedEvents(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
