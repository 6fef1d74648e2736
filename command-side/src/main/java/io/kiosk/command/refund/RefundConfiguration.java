package io.kiosk.command.refund;

import io.kiosk.api.pricing.Money;
import io.kiosk.command.processing.WithTheCommand;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Currency;

/**
 * The refund rules from {@code kiosk.refunds.*}, on the mall's clock, for Axon to inject into the order's and the
 * refund's handlers; and the processors of refunds. The work list is kept inside the command that changed the
 * refund (subscribing, errors fail the command); the order opens the refund itself. The refund process and the
 * mails run in pooled streaming processors of their own ({@code axon.eventhandling.processors.*}, segmented by refund;
 * how they fail is {@code processing.CommandProcessingConfiguration}'s), from the head of the stream when first
 * deployed, so nobody is mailed about old refunds.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RefundProperties.class)
class RefundConfiguration {

    @Bean
    RefundRules refundRules(RefundProperties settings, @Qualifier("mallClock") Clock clock) {
        Money threshold = settings.autoApproveBelow().signum() <= 0 ? null
                : new Money(settings.autoApproveBelow(), Currency.getInstance(settings.currency()));
        return new RefundRules(settings.returnWindow(), threshold, clock);
    }

    @Bean
    ReturnPolicy returnPolicy(RefundProperties settings, @Qualifier("mallClock") Clock clock) {
        if (settings.returnAddress() == null) {
            throw new IllegalStateException("kiosk.refunds.return-address is required: where returned goods are sent");
        }
        return new ReturnPolicy(settings.returnAddress().toAddress(), settings.returnDeadline(), clock);
    }

    @Autowired
    void keepTheWorkListWithTheRefundEvents(EventProcessingConfigurer processing) {
        WithTheCommand.handle(processing, RefundBook.PROCESSING_GROUP);
    }

    @Autowired
    void startFromTheHead(EventProcessingConfigurer processing) {
        for (String group : new String[]{RefundProcess.PROCESSING_GROUP, RefundNotifications.PROCESSING_GROUP}) {
            processing.registerPooledStreamingEventProcessorConfiguration(group,
                    (configuration, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken));
        }
    }
}
