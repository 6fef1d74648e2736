package io.kiosk.command.processing;

import io.kiosk.eventstore.DeadLetterQueues;
import io.kiosk.eventstore.EventStoreProperties;
import io.kiosk.eventstore.StaleEventGuard;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.stereotype.Saga;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the command side's streaming processors fail: never for everyone. Each one is a pooled streaming processor
 * (configured under {@code axon.eventhandling.processors}: segments, threads, one event per unit of work), segmented
 * by the aggregate its events are about (Axon's default sequencing, per aggregate; a saga's instances are spread over
 * the segments by their id), so one slow or failing order holds up its own segment at most.
 *
 * <p>A failure propagates (never logged and skipped). In an event handler's processor (the provider adapter, the
 * mails, the restock) a failure of the event's own parks it, with the later events of its sequence, in the JDBC
 * dead-letter queue ({@code command.dead_letter_entry}, {@link ParkOrRetry}); a transient one is tried again. Sagas
 * cannot park (Axon sequences no dead letters for them): their failures roll the event back and it is tried again,
 * and one that keeps failing is given up after a few tries and recorded ({@link StalledEvents}), which also catches
 * what fails after an event handler returned. {@code /api/process-failures} lists both for the back office.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessingProperties.class)
class CommandProcessingConfiguration {

    /**
     * The command side is the one that appends events: none is stored later than the commit deadline after it was
     * applied ({@code kiosk.event-store.commit-deadline}), so the event store's gap timeout is never reached by a
     * transaction that may still commit ({@code GapSettings}).
     */
    @Autowired
    void commitEventsInTime(EventBus eventBus, EventStoreProperties eventStore, Clock clock) {
        eventBus.registerDispatchInterceptor(new StaleEventGuard(eventStore.commitDeadline(), clock));
    }

    @Autowired
    void failuresPropagate(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    @Autowired
    void parkOrGiveUp(EventProcessingConfigurer processing, EventProcessorProperties processors, ApplicationContext application,
                      StalledEvents stalled, ConnectionProvider connections, TransactionManager transactions,
                      DeadLetterSchema schema, Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer) {
        Set<String> sagas = sagaGroups(application);
        for (String group : processors.getProcessors().keySet()) {
            processing.registerHandlerInterceptor(group, configuration -> stalled.of(group));
            if (sagas.contains(group)) {
                continue;
            }
            processing.registerDeadLetterQueue(group, configuration -> DeadLetterQueues.jdbc(group, connections, transactions,
                    schema, serializer, eventSerializer));
            processing.registerDeadLetterPolicy(group, configuration -> new ParkOrRetry(group));
            processing.registerDeadLetteringEventHandlerInvokerConfiguration(group, (configuration, invoker) -> invoker
                    .enableSequenceIdentifierCache());
        }
    }

    private static Set<String> sagaGroups(ApplicationContext application) {
        return Arrays.stream(application.getBeanNamesForAnnotation(Saga.class))
                .map(bean -> application.findAnnotationOnBean(bean, ProcessingGroup.class))
                .filter(Objects::nonNull)
                .map(ProcessingGroup::value)
                .collect(Collectors.toSet());
    }
}
