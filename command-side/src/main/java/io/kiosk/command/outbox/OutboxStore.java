package io.kiosk.command.outbox;

import io.kiosk.api.customer.EmailAddress;
import io.kiosk.command.mail.Mail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Table {@code notification_outbox}: the mails to send, each once, and what became of them. */
@Repository
class OutboxStore {

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the mail unless one with this key is there already (sent, pending or given up); true if added. */
    boolean add(NotificationKey key, EmailAddress to, Mail mail) {
        return jdbc.sql("""
                        INSERT INTO notification_outbox (event_id, channel, recipient, subject, body)
                        VALUES (:event, :channel, :recipient, :subject, :body)
                        ON CONFLICT (event_id, channel) DO NOTHING""")
                .param("event", key.eventId())
                .param("channel", key.channel())
                .param("recipient", to.value())
                .param("subject", mail.subject())
                .param("body", mail.text())
                .update() == 1;
    }

    /**
     * The pending mail due the longest, locked until the caller's transaction ends; another worker's claim skips it
     * (and takes the next), so two workers never hold the same mail.
     */
    Optional<PendingMail> claimNextDue() {
        return jdbc.sql("""
                        SELECT event_id, channel, recipient, subject, body, attempts FROM notification_outbox
                        WHERE status = 'PENDING' AND next_attempt_at <= now()
                        ORDER BY next_attempt_at
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED""")
                .query((row, n) -> new PendingMail(new NotificationKey(row.getString("event_id"), row.getString("channel")),
                        row.getString("recipient"), row.getString("subject"), row.getString("body"), row.getInt("attempts")))
                .optional();
    }

    /** Sent: done, and its text (which may carry a code) forgotten. */
    void sent(NotificationKey key) {
        finish(key, "SENT", null);
    }

    /** Given up after too many tries: done, listed as undelivered, its text forgotten. */
    void givenUp(NotificationKey key, String error) {
        finish(key, "FAILED", error);
    }

    /** A try failed: the mail is tried again {@code pause} after now (the database's clock, not the transaction's start). */
    void postponed(NotificationKey key, Duration pause, String error) {
        jdbc.sql("""
                        UPDATE notification_outbox
                        SET attempts = attempts + 1, next_attempt_at = clock_timestamp() + make_interval(secs => :seconds), last_error = :error
                        WHERE event_id = :event AND channel = :channel""")
                .param("seconds", pause.toMillis() / 1000.0)
                .param("error", error)
                .param("event", key.eventId())
                .param("channel", key.channel())
                .update();
    }

    /** Mails tried and not sent (yet), the latest first. */
    List<UndeliveredMail> undelivered(int limit) {
        return jdbc.sql("""
                        SELECT * FROM notification_outbox
                        WHERE status = 'FAILED' OR (status = 'PENDING' AND attempts > 0)
                        ORDER BY created_at DESC
                        LIMIT :limit""")
                .param("limit", limit)
                .query(OutboxStore::undelivered)
                .list();
    }

    /** Forgets the mails done before {@code before}; answers how many. */
    int forgetDoneBefore(Instant before) {
        return jdbc.sql("DELETE FROM notification_outbox WHERE status <> 'PENDING' AND done_at < :before")
                .param("before", Timestamp.from(before))
                .update();
    }

    private void finish(NotificationKey key, String status, String error) {
        jdbc.sql("""
                        UPDATE notification_outbox
                        SET status = :status, attempts = attempts + 1, done_at = clock_timestamp(), body = NULL, last_error = :error
                        WHERE event_id = :event AND channel = :channel""")
                .param("status", status)
                .param("error", error)
                .param("event", key.eventId())
                .param("channel", key.channel())
                .update();
    }

    private static UndeliveredMail undelivered(ResultSet row, int n) throws SQLException {
        boolean failed = "FAILED".equals(row.getString("status"));
        return new UndeliveredMail(row.getString("event_id"), row.getString("channel"), row.getString("recipient"),
                row.getString("subject"), row.getString("status"), row.getInt("attempts"), row.getString("last_error"),
                row.getTimestamp("created_at").toInstant(),
                failed ? null : row.getTimestamp("next_attempt_at").toInstant(),
                failed ? row.getTimestamp("done_at").toInstant() : null);
    }

    /** A mail claimed for sending, as stored, and how often it was tried before. */
    record PendingMail(NotificationKey key, String recipient, String subject, String body, int attempts) {

        EmailAddress to() {
            return new EmailAddress(recipient);
        }

        Mail mail() {
            return new Mail(subject, body == null ? "" : body);
        }
    }

    void forget(EmailAddress to) {
        jdbc.sql("DELETE FROM notification_outbox WHERE recipient = :to").param("to", to.value()).update();
    }
}
