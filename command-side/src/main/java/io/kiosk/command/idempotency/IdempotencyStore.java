package io.kiosk.command.idempotency;

import io.kiosk.api.customer.CustomerId;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntSupplier;

/**
 * Table {@code idempotency_key}, used inside the transaction of the request that holds the key
 * ({@link RequestTransaction}). A claim is an uncommitted row: PostgreSQL's primary key (account, key) makes
 * every other request that inserts the same key wait on it, and the row goes away with the transaction,
 * whether the request fails, times out or its instance dies (its connection closes, PostgreSQL rolls the
 * transaction back). The answer is written into the same row in the same transaction as the request's
 * events, so a committed key always has its answer. Times come from the database's clock.
 */
@Repository
class IdempotencyStore {

    /** PostgreSQL's SQLSTATE for a {@code lock_timeout} that ran out. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final JdbcClient jdbc;
    private final IdempotencyProperties properties;

    IdempotencyStore(JdbcClient jdbc, IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Claims the key for a request with this fingerprint, in the current transaction: inserts it, or takes
     * over a use of it that has expired (or was left without an answer by a version of Kiosk that committed
     * claims). While another request holds the key, waits for it to end, at most
     * {@code kiosk.idempotency.in-progress-wait}. Empty if the key has an answer.
     *
     * @throws KeyInUse if the request holding the key did not end in time
     */
    Optional<Claim> claim(CustomerId account, IdempotencyKey key, String fingerprint) {
        UUID token = UUID.randomUUID();
        int claimed = waitingAtMost(properties.inProgressWait(), () -> jdbc.sql("""
                        INSERT INTO idempotency_key (account_id, client_key, fingerprint, claim, created_at, expires_at)
                        VALUES (:account, :key, :fingerprint, :claim, now(), now() + :retention * interval '1 second')
                        ON CONFLICT (account_id, client_key) DO UPDATE SET
                            fingerprint = excluded.fingerprint, claim = excluded.claim, created_at = excluded.created_at,
                            expires_at = excluded.expires_at, completed_at = NULL, status = NULL, location = NULL,
                            log_position = NULL, content_type = NULL, body = NULL
                        WHERE idempotency_key.expires_at <= now() OR idempotency_key.status IS NULL""")
                .param("account", account.value())
                .param("key", key.value())
                .param("fingerprint", fingerprint)
                .param("claim", token)
                .param("retention", seconds(properties.retention()))
                .update());
        return claimed == 1 ? Optional.of(new Claim(account, key, fingerprint, token)) : Optional.empty();
    }

    /** The current, unexpired, answered use of the key, if any. */
    Optional<KeyUse> find(CustomerId account, IdempotencyKey key) {
        return jdbc.sql("""
                        SELECT fingerprint, status, location, log_position, content_type, body FROM idempotency_key
                        WHERE account_id = :account AND client_key = :key AND expires_at > now() AND status IS NOT NULL""")
                .param("account", account.value())
                .param("key", key.value())
                .query((row, n) -> new KeyUse(row.getString("fingerprint"), new StoredAnswer(row.getInt("status"),
                        row.getString("location"), row.getObject("log_position", Long.class), row.getString("content_type"),
                        row.getBytes("body"))))
                .optional();
    }

    /**
     * Stores the claimed request's answer in the current transaction, for every retry to get. Claims the key
     * again if the claim is gone: a refused command rolls back the whole connection's work, the claim with it.
     * False if another request has taken the key meanwhile (its answer stands).
     *
     * @throws KeyInUse if that other request did not end within {@code kiosk.idempotency.in-progress-wait}
     */
    boolean keep(Claim claim, StoredAnswer answer) {
        return waitingAtMost(properties.inProgressWait(), () -> jdbc.sql("""
                        INSERT INTO idempotency_key (account_id, client_key, fingerprint, claim, created_at, expires_at,
                                                     completed_at, status, location, log_position, content_type, body)
                        VALUES (:account, :key, :fingerprint, :claim, now(), now() + :retention * interval '1 second',
                                now(), :status, :location, :logPosition, :contentType, :body)
                        ON CONFLICT (account_id, client_key) DO UPDATE SET completed_at = now(), status = excluded.status,
                            location = excluded.location, log_position = excluded.log_position,
                            content_type = excluded.content_type, body = excluded.body
                        WHERE idempotency_key.claim = excluded.claim""")
                .param("account", claim.account().value())
                .param("key", claim.key().value())
                .param("fingerprint", claim.fingerprint())
                .param("claim", claim.token())
                .param("retention", seconds(properties.retention()))
                .param("status", answer.status())
                .param("location", answer.location())
                .param("logPosition", answer.logPosition())
                .param("contentType", answer.contentType())
                .param("body", answer.body())
                .update()) == 1;
    }

    /** Deletes expired keys (an index range on {@code expires_at}); answers how many. */
    int deleteExpired() {
        return jdbc.sql("DELETE FROM idempotency_key WHERE expires_at <= now()").update();
    }

    /**
     * Runs a statement that may wait for another transaction's row with {@code lock_timeout} set for it alone,
     * so that the rest of the request's transaction waits as long as it always did.
     */
    private int waitingAtMost(Duration wait, IntSupplier statement) {
        jdbc.sql("SELECT set_config('lock_timeout', :timeout, true)").param("timeout", wait.toMillis() + "ms")
                .query(String.class).single();
        try {
            int changed = statement.getAsInt();
            jdbc.sql("SET LOCAL lock_timeout TO DEFAULT").update();
            return changed;
        } catch (DataAccessException failed) {
            if (failed.getMostSpecificCause() instanceof SQLException refused && LOCK_NOT_AVAILABLE.equals(refused.getSQLState())) {
                throw new KeyInUse(failed);
            }
            throw failed;
        }
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /** The key stayed held by another request for longer than the wait allowed; the transaction is spoilt. */
    static final class KeyInUse extends RuntimeException {

        KeyInUse(Throwable cause) {
            super("the Idempotency-Key is held by a request still running", cause);
        }
    }
}
