package io.kiosk.command.unpaid;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The cap on unpaid orders runs inside the order's own transaction, and its refusal fails the checkout. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UnpaidOrderLimits.class)
class UnpaidOrdersConfiguration {

    @Autowired
    void countWithinTheCheckout(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(UnpaidOrders.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(UnpaidOrders.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
