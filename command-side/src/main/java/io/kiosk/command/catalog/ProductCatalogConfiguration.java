package io.kiosk.command.catalog;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** The catalogue table is written with the product's events, and its failure fails the product command. */
@Configuration(proxyBeanMethods = false)
class ProductCatalogConfiguration {

    @Autowired
    void keepTheCatalogWithTheProductEvents(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(ProductCatalog.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(ProductCatalog.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
