package io.kiosk.command.payment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.command.payment.alipay.AlipayGateway;
import io.kiosk.command.payment.alipay.AlipayProperties;
import io.kiosk.command.payment.card.CardGateway;
import io.kiosk.command.payment.card.CardProperties;
import io.kiosk.command.payment.sandbox.SandboxGateway;
import io.kiosk.command.payment.wechat.WeChatPayGateway;
import io.kiosk.command.payment.wechat.WeChatPayProperties;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.springboot.TokenStoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * Wires the adapters of the configured providers (those with merchant credentials, each calling with the timeouts of
 * {@code kiosk.payments.calls}), or the sandbox for every method, into the one gateway that the
 * {@link ProviderAdapter} calls. It is the primary {@link PaymentGateway}; the provider adapters are plain objects it
 * owns.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CardProperties.class, AlipayProperties.class, WeChatPayProperties.class,
        ProviderCallProperties.class})
class PaymentConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PaymentConfiguration.class);

    @Bean
    @Primary
    PaymentGateways paymentGateways(CardProperties card, AlipayProperties alipay, WeChatPayProperties wechat,
                                    ProviderCallProperties calls, ObjectProvider<SandboxGateway> sandbox, ObjectMapper json,
                                    Clock clock) {
        Map<PaymentProvider, PaymentGateway> byMethod = new EnumMap<>(PaymentProvider.class);
        SandboxGateway simulator = sandbox.getIfAvailable();
        if (simulator != null) {
            for (PaymentProvider method : PaymentProvider.values()) {
                byMethod.put(method, simulator);
            }
            log.info("payments: every method through the built-in sandbox (kiosk.payments.provider=sandbox)");
            return new PaymentGateways(byMethod);
        }
        if (alipay.isConfigured()) {
            byMethod.put(PaymentProvider.ALIPAY, new AlipayGateway(alipay, calls.timeouts(), json, clock));
        }
        if (wechat.isConfigured()) {
            byMethod.put(PaymentProvider.WECHAT_PAY, new WeChatPayGateway(wechat, calls.timeouts(), json, clock));
        }
        if (card.isConfigured()) {
            byMethod.put(PaymentProvider.CARD, new CardGateway(card, calls.timeouts(), clock));
        }
        log.info("payments: methods with a merchant account: {}", byMethod.isEmpty() ? "none" : byMethod.keySet());
        return new PaymentGateways(byMethod);
    }

    /**
     * A segment of the provider adapter cannot extend its claim while it waits for a provider: the claim must outlast
     * the longest call, or another instance would take the segment over and call again.
     */
    @Autowired
    void claimsOutlastProviderCalls(TokenStoreProperties tokens, ProviderCallProperties calls) {
        if (tokens.getClaimTimeout().compareTo(calls.longestCall()) <= 0) {
            throw new IllegalStateException("axon.eventhandling.tokenstore.claim-timeout (" + tokens.getClaimTimeout()
                    + ") must be longer than the longest provider call that kiosk.payments.calls allows (" + calls.longestCall() + ")");
        }
    }

    /** The provider adapter handles what payments ask from when it is first deployed: older payments asked nothing of it. */
    @Autowired
    void adaptFromTheHead(EventProcessingConfigurer processing) {
        processing.registerPooledStreamingEventProcessorConfiguration(ProviderAdapter.PROCESSING_GROUP,
                (configuration, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken));
    }
}
