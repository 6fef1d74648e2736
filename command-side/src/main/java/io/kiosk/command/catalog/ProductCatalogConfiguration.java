package io.kiosk.command.catalog;

import io.kiosk.command.processing.WithTheCommand;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** The catalogue table is written with the product's events, and its failure fails the product command. */
@Configuration(proxyBeanMethods = false)
class ProductCatalogConfiguration {

    @Autowired
    void keepTheCatalogWithTheProductEvents(EventProcessingConfigurer processing) {
        WithTheCommand.handle(processing, ProductCatalog.PROCESSING_GROUP);
    }
}
