package io.kiosk.command.processing;

import io.kiosk.eventstore.StaleEventRefused;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a failure that says nothing about the event (the database unreachable or busy, another unit of work that
 * changed the same aggregate first, the application stopping) from one that does (a bug, a payload that cannot be
 * handled). The first kind goes away by itself: the event is tried again and neither parked nor counted against it.
 * The failure and its causes are looked at from the outside in; one that never says is the event's.
 *
 * <p>Transient: PostgreSQL unreachable or refusing connections, a lock or statement timeout, a deadlock or
 * serialization failure (Spring's transient, recoverable and resource-failure exceptions, SQL states of classes 08,
 * 40, 53, 57, 58 and 55P03); an aggregate changed concurrently or its lock not acquired; a unit of work that outlived
 * the commit deadline; an interrupted wait (the application stopping).
 */
public final class TransientFailures {

    private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "40", "53", "57", "58");
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final int DEEPEST_CAUSE = 20;

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++, cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof ConcurrencyException || cause instanceof LockAcquisitionFailedException
                    || cause instanceof StaleEventRefused || cause instanceof InterruptedException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals(LOCK_NOT_AVAILABLE)
                    || TRANSIENT_SQL_STATE_CLASSES.contains(sql.getSQLState().substring(0, Math.min(2, sql.getSQLState().length()))))) {
                return true;
            }
        }
        return false;
    }
}
