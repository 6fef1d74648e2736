package io.kiosk.command.identity;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** An erasure and its effects outside the event store commit together, or the command fails and none is kept. */
@Configuration(proxyBeanMethods = false)
class ErasedAccountsConfiguration {

    @Autowired
    void eraseTheAccountWithTheEvent(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(ErasedAccounts.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(ErasedAccounts.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
