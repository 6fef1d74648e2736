package io.kiosk.command.customer;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** The customers' languages are written with the customer's events, and their failure fails the customer command. */
@Configuration(proxyBeanMethods = false)
class CustomerLanguagesConfiguration {

    @Autowired
    void keepTheLanguagesWithTheCustomerEvents(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(CustomerLanguages.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(CustomerLanguages.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
