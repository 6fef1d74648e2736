package io.kiosk.query.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Runs every event handler of the query side inside a savepoint of the processor's transaction, and rolls
 * back to it when the handler fails. Two reasons: a handler that fails half-way leaves none of its writes
 * behind, and PostgreSQL refuses every further statement of a transaction in which a statement failed, so
 * without the savepoint the failed event could not be written to the dead-letter queue, nor the batch's
 * other events and token be committed. The cost is two short statements per event handled.
 */
@Component
class SavepointPerEvent implements HandlerEnhancerDefinition {

    private static final TransactionDefinition SAVEPOINT = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final PlatformTransactionManager transactions;

    SavepointPerEvent(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                TransactionStatus savepoint = transactions.getTransaction(SAVEPOINT);
                Object result;
                try {
                    result = super.handle(message, target);
                } catch (Exception | Error failed) {
                    rollBack(savepoint, failed);
                    throw failed;
                }
                transactions.commit(savepoint);
                return result;
            }
        };
    }

    private void rollBack(TransactionStatus savepoint, Throwable failed) {
        try {
            transactions.rollback(savepoint);
        } catch (RuntimeException alsoFailed) {
            failed.addSuppressed(alsoFailed);
        }
    }
}
