package io.kiosk.command.order;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** Order placement runs synchronously with the checkout, and its failure fails the checkout. */
@Configuration(proxyBeanMethods = false)
class OrderPlacementConfiguration {

    @Autowired
    void placeOrdersWithinTheCheckout(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(OrderPlacement.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(OrderPlacement.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
