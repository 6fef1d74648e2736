package io.kiosk.command.idempotency;

import io.kiosk.api.customer.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Table {@code idempotency_key}. Every statement commits on its own (no surrounding transaction), so a
 * claim is visible to concurrent requests at once; the primary key (account, key) lets exactly one of
 * them insert it. Times come from the database's clock, the same for every instance.
 */
@Repository
class IdempotencyStore {

    private final JdbcClient jdbc;
    private final IdempotencyProperties properties;

    IdempotencyStore(JdbcClient jdbc, IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Claims the key for a request with this fingerprint: inserts it in progress, or takes over a use of
     * it that has expired or was abandoned. Empty if another use holds it.
     */
    Optional<Claim> claim(CustomerId account, IdempotencyKey key, String fingerprint) {
        UUID token = UUID.randomUUID();
        int claimed = jdbc.sql("""
                        INSERT INTO idempotency_key (account_id, client_key, fingerprint, claim, created_at, expires_at)
                        VALUES (:account, :key, :fingerprint, :claim, now(), now() + :retention * interval '1 second')
                        ON CONFLICT (account_id, client_key) DO UPDATE SET
                            fingerprint = excluded.fingerprint, claim = excluded.claim, created_at = excluded.created_at,
                            expires_at = excluded.expires_at, completed_at = NULL, status = NULL, location = NULL,
                            log_position = NULL, content_type = NULL, body = NULL
                        WHERE idempotency_key.expires_at <= now()
                           OR (idempotency_key.completed_at IS NULL
                               AND idempotency_key.created_at <= now() - :abandoned * interval '1 second')""")
                .param("account", account.value())
                .param("key", key.value())
                .param("fingerprint", fingerprint)
                .param("claim", token)
                .param("retention", seconds(properties.retention()))
                .param("abandoned", seconds(properties.inProgressTimeout()))
                .update();
        return claimed == 1 ? Optional.of(new Claim(account, key, token)) : Optional.empty();
    }

    /** The current, unexpired use of the key, if any. */
    Optional<KeyUse> find(CustomerId account, IdempotencyKey key) {
        return jdbc.sql("""
                        SELECT fingerprint, status, location, log_position, content_type, body FROM idempotency_key
                        WHERE account_id = :account AND client_key = :key AND expires_at > now()""")
                .param("account", account.value())
                .param("key", key.value())
                .query((row, n) -> new KeyUse(row.getString("fingerprint"), row.getObject("status") == null ? null
                        : new StoredAnswer(row.getInt("status"), row.getString("location"),
                                row.getObject("log_position", Long.class), row.getString("content_type"), row.getBytes("body"))))
                .optional();
    }

    /** Stores the claimed request's answer, for every retry to get. */
    void complete(Claim claim, StoredAnswer answer) {
        jdbc.sql("""
                        UPDATE idempotency_key SET completed_at = now(), status = :status, location = :location,
                            log_position = :logPosition, content_type = :contentType, body = :body
                        WHERE account_id = :account AND client_key = :key AND claim = :claim""")
                .param("status", answer.status())
                .param("location", answer.location())
                .param("logPosition", answer.logPosition())
                .param("contentType", answer.contentType())
                .param("body", answer.body())
                .param("account", claim.account().value())
                .param("key", claim.key().value())
                .param("claim", claim.token())
                .update();
    }

    /** Gives the key up without an answer (the request failed on our side), so a retry may run again. */
    void release(Claim claim) {
        jdbc.sql("DELETE FROM idempotency_key WHERE account_id = :account AND client_key = :key AND claim = :claim")
                .param("account", claim.account().value())
                .param("key", claim.key().value())
                .param("claim", claim.token())
                .update();
    }

    /** Deletes expired keys (an index range on {@code expires_at}); answers how many. */
    int deleteExpired() {
        return jdbc.sql("DELETE FROM idempotency_key WHERE expires_at <= now()").update();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
