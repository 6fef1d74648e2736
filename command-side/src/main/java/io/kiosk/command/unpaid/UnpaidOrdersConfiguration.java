package io.kiosk.command.unpaid;

import io.kiosk.command.processing.WithTheCommand;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The cap on unpaid orders runs inside the order's own transaction, and its refusal fails the checkout. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UnpaidOrderLimits.class)
class UnpaidOrdersConfiguration {

    @Autowired
    void countWithinTheCheckout(EventProcessingConfigurer processing) {
        WithTheCommand.handle(processing, UnpaidOrders.PROCESSING_GROUP);
    }
}
