package io.kiosk.command.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * The one database transaction an idempotent request runs in, from the claim of its key to the storing of its
 * answer. Bound to the request's thread, it is the transaction Axon joins for the request's commands (they run on
 * that thread, through the local command bus, and Axon's Spring transaction manager takes part in a transaction
 * already open), so the events, the read tables written beside them and the answer commit together or not at
 * all. A crash of the instance closes its connection, and PostgreSQL rolls all of it back: no key is left held.
 */
final class RequestTransaction {

    private static final Logger log = LoggerFactory.getLogger(RequestTransaction.class);

    private final PlatformTransactionManager transactions;
    private final TransactionStatus status;

    private RequestTransaction(PlatformTransactionManager transactions, TransactionStatus status) {
        this.transactions = transactions;
        this.status = status;
    }

    static RequestTransaction begin(PlatformTransactionManager transactions) {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        definition.setName("idempotent request");
        return new RequestTransaction(transactions, transactions.getTransaction(definition));
    }

    /** @throws org.springframework.transaction.TransactionException if the commit failed (it is rolled back then) */
    void commit() {
        transactions.commit(status);
    }

    /** Undoes the request's work, if it is still open; a connection already gone has nothing left to undo. */
    void rollback() {
        if (status.isCompleted()) {
            return;
        }
        try {
            transactions.rollback(status);
        } catch (RuntimeException lost) {
            log.warn("could not roll back an idempotent request's transaction (its connection is gone, and its work "
                    + "with it): {}", lost.toString());
        }
    }
}
