package io.kiosk.command.identity;

import io.kiosk.command.processing.WithTheCommand;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** An erasure and its effects outside the event store commit together, or the command fails and none is kept. */
@Configuration(proxyBeanMethods = false)
class ErasedAccountsConfiguration {

    @Autowired
    void eraseTheAccountWithTheEvent(EventProcessingConfigurer processing) {
        WithTheCommand.handle(processing, ErasedAccounts.PROCESSING_GROUP);
    }
}
