package io.kiosk.command.customer;

import io.kiosk.command.processing.WithTheCommand;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** The customers' languages are written with the customer's events, and their failure fails the customer command. */
@Configuration(proxyBeanMethods = false)
class CustomerLanguagesConfiguration {

    @Autowired
    void keepTheLanguagesWithTheCustomerEvents(EventProcessingConfigurer processing) {
        WithTheCommand.handle(processing, CustomerLanguages.PROCESSING_GROUP);
    }
}
