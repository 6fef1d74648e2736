package io.kiosk.command.orderprocess;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The order process, the mails and the paid-cancellation restock run in pooled streaming processors of their own
 * ({@code axon.eventhandling.processors.*}: segmented by order, one event per unit of work; how they fail is
 * {@code processing.CommandProcessingConfiguration}'s), apart from the request that placed the order. The mails' and
 * the restock's start from the events stored after they are first deployed: nobody is mailed about old orders, and
 * goods of cancellations handled before are not returned twice. The mails' contacts are kept in the checkout's own
 * transaction instead (a subscribing processor), so an order never exists without its row.
 *
 * <p>Deadlines (the payment timeout) are kept by Axon's {@code DbSchedulerDeadlineManager} in the
 * {@code scheduled_tasks} table of this application's schema, configured by Axon's Spring Boot
 * support as soon as db-scheduler's starter is on the class path. db-scheduler rather than Quartz
 * or JobRunr: one small table, plain JDBC on the PostgreSQL we already run, safe with several
 * instances polling the same table, and the scheduler Axon 4.13 ships an adapter for; a deadline
 * scheduled before a restart fires after it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrderProcessProperties.class)
class OrderProcessConfiguration {

    @Autowired
    void startFromTheHead(EventProcessingConfigurer processing) {
        for (String group : new String[]{OrderProcess.PROCESSING_GROUP, OrderNotifications.PROCESSING_GROUP,
                PaidCancellationRestock.PROCESSING_GROUP}) {
            processing.registerPooledStreamingEventProcessorConfiguration(group,
                    (configuration, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken));
        }
    }

    @Autowired
    void keepContactsWithTheOrder(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(OrderContacts.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(OrderContacts.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
