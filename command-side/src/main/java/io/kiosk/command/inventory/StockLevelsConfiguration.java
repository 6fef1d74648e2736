package io.kiosk.command.inventory;

import io.kiosk.command.processing.WithTheCommand;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** The stock-level table is written with the stock item's events, and its failure fails the stock command. */
@Configuration(proxyBeanMethods = false)
class StockLevelsConfiguration {

    @Autowired
    void keepTheStockLevelsWithTheStockEvents(EventProcessingConfigurer processing) {
        WithTheCommand.handle(processing, StockLevels.PROCESSING_GROUP);
    }
}
