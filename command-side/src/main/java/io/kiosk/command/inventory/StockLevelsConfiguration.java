package io.kiosk.command.inventory;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** The stock-level table is written with the stock item's events, and its failure fails the stock command. */
@Configuration(proxyBeanMethods = false)
class StockLevelsConfiguration {

    @Autowired
    void keepTheStockLevelsWithTheStockEvents(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(StockLevels.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(StockLevels.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
