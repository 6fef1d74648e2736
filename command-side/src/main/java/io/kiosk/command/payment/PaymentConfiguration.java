package io.kiosk.command.payment;

import io.kiosk.api.customer.PaymentProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.util.EnumMap;
import java.util.Map;

/**
 * Wires the adapters of the configured providers into the one gateway that payments use. It is the
 * primary {@link PaymentGateway}, so Axon injects it (not an adapter) into the payment's handlers.
 */
@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

    @Bean
    @Primary
    PaymentGateways paymentGateways() {
        Map<PaymentProvider, PaymentGateway> byMethod = new EnumMap<>(PaymentProvider.class);
        return new PaymentGateways(byMethod);
    }
}
