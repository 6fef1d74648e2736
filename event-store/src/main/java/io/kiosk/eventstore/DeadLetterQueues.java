package io.kiosk.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;

/**
 * The dead-letter queue of one processing group, as both applications keep it: Axon's JDBC sequenced queue in the
 * application's own {@code dead_letter_entry} table ({@link DeadLetterSchema} of {@link KioskEventStoreAutoConfiguration}),
 * messages written with the application's serializers.
 */
public final class DeadLetterQueues {

    private DeadLetterQueues() {
    }

    public static SequencedDeadLetterQueue<EventMessage<?>> jdbc(String group, ConnectionProvider connections,
                                                                 TransactionManager transactions, DeadLetterSchema schema,
                                                                 Serializer serializer, Serializer eventSerializer) {
        return JdbcSequencedDeadLetterQueue.builder()
                .processingGroup(group)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
    }
}
