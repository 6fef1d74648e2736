package io.kiosk.eventstore.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.crypto.SecretKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data subjects' keys in {@code privacy.subject_key}, each encrypted with the {@link MasterKey}, read through a
 * small cache. A key made or an erasure recorded inside a transaction (the one that stores the customer's first
 * event, or their erasure) is remembered only once that transaction commits, so a rolled-back transaction never
 * leaves this instance with a key the database does not have. Keys are kept for {@code kiosk.privacy.key-cache-ttl};
 * an erasure is kept for good (it is never undone).
 */
public class SubjectKeys {

    private static final int MAX_CACHED = 50_000;

    private final JdbcClient jdbc;
    private final MasterKey masterKey;
    private final boolean createKeys;
    private final Duration ttl;
    private final Clock clock;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();
    private volatile boolean tableSeen;

    public SubjectKeys(JdbcClient jdbc, MasterKey masterKey, boolean createKeys, Duration ttl, Clock clock) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.createKeys = createKeys;
        this.ttl = ttl;
        this.clock = clock;
    }

    private record Cached(SubjectKey key, Instant until) {
    }

    /**
     * The subject's key to read a value sealed for them with. A value is only ever sealed with a key that was stored
     * (and committed with it), so a subject without one had theirs deleted: erased, and remembered as such.
     */
    SubjectKey forReading(UUID subject) {
        return cached(subject).orElseGet(() -> {
            SubjectKey stored = stored(subject);
            return remember(subject, stored.present() ? stored : SubjectKey.ERASED);
        });
    }

    /**
     * The subject's key to store their data with, made now if they have none and this application makes keys;
     * {@link SubjectKey#NONE} where it does not (the data is then stored as it is, as before keys existed).
     */
    SubjectKey forWriting(UUID subject) {
        Optional<SubjectKey> known = cached(subject).or(() -> Optional.ofNullable(madeInThisTransaction().get(subject)));
        if (known.isPresent()) {
            return known.get();
        }
        SubjectKey stored = stored(subject);
        if (stored.present() || stored.erased() || !createKeys) {
            return remember(subject, stored);
        }
        SecretKey key = masterKey.newSubjectKey();
        int made = jdbc.sql("INSERT INTO privacy.subject_key (subject, wrapped_key) VALUES (:subject, :key) "
                        + "ON CONFLICT (subject) DO NOTHING")
                .param("subject", subject)
                .param("key", masterKey.wrap(subject, key))
                .update();
        if (made == 0) {
            // another transaction made it (or erased the subject) and committed first
            return remember(subject, stored(subject));
        }
        afterCommit(subject, SubjectKey.of(key));
        return SubjectKey.of(key);
    }

    /** Makes the subject's key now, if they have none and were never erased (and this application makes keys). */
    public void ensureKey(UUID subject) {
        forWriting(subject);
    }

    /**
     * Deletes the subject's key for good (keeping the row, without a key, so that none is ever made for them again):
     * from the commit of the current transaction on, every value encrypted for them reads as erased.
     */
    public void erase(UUID subject) {
        jdbc.sql("""
                        INSERT INTO privacy.subject_key (subject, wrapped_key, erased_at) VALUES (:subject, NULL, now())
                        ON CONFLICT (subject) DO UPDATE SET wrapped_key = NULL,
                            erased_at = COALESCE(privacy.subject_key.erased_at, now())""")
                .param("subject", subject)
                .update();
        cache.remove(subject);
        afterCommit(subject, SubjectKey.ERASED);
    }

    /** Whether the subject was erased, as the database says now. */
    public boolean isErased(UUID subject) {
        return stored(subject).erased();
    }

    /** Forgets what this instance remembers of the subject's key: the next read asks the database. */
    public void forget(UUID subject) {
        cache.remove(subject);
    }

    private SubjectKey stored(UUID subject) {
        if (!tableExists()) {
            // the command side has not made the table yet: no one has a key
            return SubjectKey.NONE;
        }
        return jdbc.sql("SELECT wrapped_key, erased_at FROM privacy.subject_key WHERE subject = :subject")
                .param("subject", subject)
                .query((row, n) -> row.getObject("erased_at") != null ? SubjectKey.ERASED
                        : SubjectKey.of(masterKey.unwrap(subject, row.getBytes("wrapped_key"))))
                .optional()
                .orElse(SubjectKey.NONE);
    }

    /**
     * Whether {@code privacy.subject_key} exists, asked without failing (a failed statement would abort the
     * transaction it runs in); once it is seen, it is taken to stay.
     */
    private boolean tableExists() {
        if (!tableSeen) {
            tableSeen = Boolean.TRUE.equals(jdbc.sql("SELECT to_regclass('privacy.subject_key') IS NOT NULL")
                    .query(Boolean.class).single());
        }
        return tableSeen;
    }

    private Optional<SubjectKey> cached(UUID subject) {
        Cached cached = cache.get(subject);
        if (cached == null) {
            return Optional.empty();
        }
        if (cached.until() != null && clock.instant().isAfter(cached.until())) {
            cache.remove(subject, cached);
            return Optional.empty();
        }
        return Optional.of(cached.key());
    }

    private SubjectKey remember(UUID subject, SubjectKey key) {
        if (key.present() || key.erased()) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(subject, new Cached(key, key.erased() ? null : clock.instant().plus(ttl)));
        }
        return key;
    }

    /** Remembers what this transaction wrote once it commits; at once when there is no transaction. */
    private void afterCommit(UUID subject, SubjectKey key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            remember(subject, key);
            return;
        }
        madeInThisTransaction().put(subject, key);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                remember(subject, key);
            }
        });
    }

    /** Keys made (or erased) by the current transaction, which only it may use until it commits. */
    @SuppressWarnings("unchecked")
    private Map<UUID, SubjectKey> madeInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Map.of();
        }
        Object bound = TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return (Map<UUID, SubjectKey>) bound;
        }
        Map<UUID, SubjectKey> made = new HashMap<>();
        TransactionSynchronizationManager.bindResource(this, made);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(SubjectKeys.this);
            }
        });
        return made;
    }
}
