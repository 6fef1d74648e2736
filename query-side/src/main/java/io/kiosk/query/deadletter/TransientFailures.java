package io.kiosk.query.deadletter;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.core.JacksonException;
import org.axonframework.serialization.SerializationException;
import org.elasticsearch.client.ResponseException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure that says nothing about the event (a store unreachable or busy for a while) from one that
 * does (a bug, a payload the projection cannot handle). The first kind goes away by itself: the event is
 * retried and must not be parked. The failure and its causes are looked at from the outside in, and the
 * first that says which kind it is decides; one that never says is the event's fault.
 *
 * <p>Transient: PostgreSQL unreachable or refusing connections, a statement or lock timeout, a deadlock or
 * serialization failure, a lock not available, the server shutting down or short of resources (Spring's
 * transient, recoverable and resource-failure exceptions, or SQL states of classes 08, 40, 53, 57, 58 and
 * 55P03); Elasticsearch unreachable or timing out (any I/O failure), overloaded (429) or failing (5xx).
 * Not transient: anything else, such as a constraint a value breaks, SQL a handler got wrong, a mapping
 * Elasticsearch refuses (400), a payload that cannot be read (although Jackson's failures are I/O failures), a null
 * where there must be none.
 */
public final class TransientFailures {

    private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "40", "53", "57", "58");
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERRORS = 500;
    private static final int DEEPEST_CAUSE = 20;

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++, cause = cause.getCause()) {
            if (cause instanceof SerializationException || cause instanceof JacksonException) {
                // a payload that cannot be read: Jackson's failures are IOExceptions, but no retry will ever read it
                return false;
            }
            if (cause instanceof ElasticsearchException refused) {
                return transientStatus(refused.status());
            }
            if (cause instanceof ResponseException refused) {
                return transientStatus(refused.getResponse().getStatusLine().getStatusCode());
            }
            if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof TimeoutException || cause instanceof IOException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && transientSqlState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean transientStatus(int status) {
        return status == TOO_MANY_REQUESTS || status >= SERVER_ERRORS;
    }

    private static boolean transientSqlState(String state) {
        return state.equals(LOCK_NOT_AVAILABLE)
                || state.length() >= 2 && TRANSIENT_SQL_STATE_CLASSES.contains(state.substring(0, 2));
    }
}
