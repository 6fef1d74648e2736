package io.kiosk.command.orderprocess;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The order process runs in its own tracking processor, apart from the request that placed the
 * order. An error in a saga handler is not logged and skipped (Axon's default) but propagated: the
 * event's unit of work rolls back (reservations, saga state and token together) and the processor
 * retries it with growing pauses, in the log for all to see, until the cause is fixed.
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
    void failVisiblyAndRetry(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(OrderProcess.PROCESSING_GROUP,
                configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * Goods of cancelled paid orders go back from the events stored after this is first deployed (older ones were
     * counted by hand); a failure is retried, like the order process's.
     */
    @Autowired
    void restockVisiblyAndRetry(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(PaidCancellationRestock.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance())
                .registerTrackingEventProcessorConfiguration(PaidCancellationRestock.PROCESSING_GROUP,
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }

    /** The mails' contacts are kept in the checkout's own transaction: an order never exists without its row. */
    @Autowired
    void keepContactsWithTheOrder(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(OrderContacts.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(OrderContacts.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }

    /** Notifications start from the events stored after they are first deployed: nobody is mailed about old orders. */
    @Autowired
    void notifyAboutNewOrdersOnly(EventProcessingConfigurer processing) {
        processing.registerTrackingEventProcessorConfiguration(OrderNotifications.PROCESSING_GROUP,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
