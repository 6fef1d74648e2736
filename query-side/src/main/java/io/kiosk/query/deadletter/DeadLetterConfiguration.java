package io.kiosk.query.deadletter;

import io.kiosk.eventstore.DeadLetterQueues;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives every processing group of the query side (every bean naming one with {@code @ProcessingGroup}: the
 * projections, and any read model added later) Axon's JDBC sequenced dead-letter queue, in
 * {@code query.dead_letter_entry}, created by this side's migration (V13) and never by Axon.
 *
 * <p>Each group's dead-lettering invoker keeps a cache of the sequences it knows are not parked (so a healthy
 * event costs no query of the queue), clears the group's letters when the group is reset for a replay (the
 * replay handles every event again; a poison event is parked anew), and retries letters in a savepoint of
 * the retry's transaction, so that a retry failing again does not undo the bookkeeping of the queue. The
 * {@link ProjectionEnqueuePolicy} decides what is parked.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    private static final TransactionDefinition NESTED = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    @Autowired
    void deadLetterEveryProjection(EventProcessingConfigurer processing, ApplicationContext application,
                                   ConnectionProvider connections, TransactionManager transactions,
                                   PlatformTransactionManager platformTransactions, DeadLetterSchema schema,
                                   Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer) {
        SpringTransactionManager inSavepoints = new SpringTransactionManager(platformTransactions, NESTED);
        for (String group : processingGroups(application)) {
            processing.registerDeadLetterQueue(group, configuration -> DeadLetterQueues.jdbc(group, connections, transactions,
                    schema, serializer, eventSerializer));
            processing.registerDeadLetterPolicy(group, configuration -> new ProjectionEnqueuePolicy(group));
            processing.registerDeadLetteringEventHandlerInvokerConfiguration(group, (configuration, invoker) -> invoker
                    .enableSequenceIdentifierCache()
                    .allowReset(true)
                    .transactionManager(inSavepoints));
        }
    }

    private static Set<String> processingGroups(ApplicationContext application) {
        Set<String> groups = new TreeSet<>();
        Arrays.stream(application.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(bean -> application.findAnnotationOnBean(bean, ProcessingGroup.class))
                .filter(Objects::nonNull)
                .map(ProcessingGroup::value)
                .forEach(groups::add);
        return groups;
    }
}
