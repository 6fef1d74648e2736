package io.kiosk.command.outbox;

import io.kiosk.command.mail.MailDelivery;
import io.kiosk.command.outbox.OutboxStore.PendingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends the outbox's mails, on a thread of its own, one at a time: claims the mail due the longest (locked with
 * {@code SKIP LOCKED}, so the workers of several instances share the outbox and never send one mail twice), sends
 * it and records the outcome in the same transaction. A failed try is retried after a pause that doubles each time
 * ({@code kiosk.outbox.retry-backoff} up to {@code max-backoff}); after {@code max-attempts} tries the mail is given
 * up, logged as an error and listed for the back office ({@code GET /api/notifications/undelivered}).
 *
 * <p>The worker wakes when a mail is committed on this instance, and otherwise every {@code poll-interval}. SMTP
 * knows no transactions: should this instance die between the mail server's acceptance and the commit, the mail is
 * sent again by the next claim. That window is the only way a key is mailed twice.
 */
@Component
class OutboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final int UNDELIVERED_LISTED = 200;

    private final OutboxStore store;
    private final MailDelivery delivery;
    private final TransactionTemplate transaction;
    private final OutboxProperties settings;
    private final Semaphore nudges = new Semaphore(0);
    private volatile Thread thread;
    private volatile boolean running;
    private Instant lastForgetting = Instant.EPOCH;

    OutboxWorker(OutboxStore store, MailDelivery delivery, TransactionTemplate transaction, OutboxProperties settings) {
        this.store = store;
        this.delivery = delivery;
        this.transaction = transaction;
        this.settings = settings;
    }

    /** A mail was committed: look now rather than at the next poll. */
    void wake() {
        nudges.release();
    }

    /** Sends every mail due now; answers how many it tried. */
    int sendDue() {
        int tried = 0;
        while (sendNextDue()) {
            tried++;
        }
        return tried;
    }

    /** Mails tried and not sent, for the back office. */
    List<UndeliveredMail> undelivered() {
        return store.undelivered(UNDELIVERED_LISTED);
    }

    private boolean sendNextDue() {
        return Boolean.TRUE.equals(transaction.execute(status -> store.claimNextDue().map(this::attempt).orElse(false)));
    }

    private boolean attempt(PendingMail pending) {
        String error = null;
        try {
            delivery.deliver(pending.to(), pending.mail(), pending.key().mailId());
        } catch (RuntimeException unsent) {
            // the mail server's refusal (a MailException), or a mail that cannot be sent at all: a failed try either
            // way, so that one bad row is given up in the end instead of holding up every mail behind it
            error = oneLine(unsent.getMessage());
        }
        if (error == null) {
            store.sent(pending.key());
            log.info("mail {} of event {} sent", pending.key().channel(), pending.key().eventId());
            return true;
        }
        int attempts = pending.attempts() + 1;
        if (attempts >= settings.maxAttempts()) {
            store.givenUp(pending.key(), error);
            log.error("mail {} of event {} given up after {} tries: {}", pending.key().channel(), pending.key().eventId(),
                    attempts, error);
        } else {
            Duration pause = settings.pauseAfter(attempts);
            store.postponed(pending.key(), pause, error);
            log.warn("mail {} of event {} not sent (try {} of {}), trying again in {}: {}", pending.key().channel(),
                    pending.key().eventId(), attempts, settings.maxAttempts(), pause, error);
        }
        return true;
    }

    private void run() {
        while (running) {
            try {
                while (running && sendNextDue()) {
                    // one mail after the other, until none is due
                }
                forgetOldMails();
                nudges.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                nudges.drainPermits();
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failure) {
                // the database is away: the mails wait in the outbox, and so does the worker
                log.warn("the outbox could not be read; trying again in {}: {}", settings.pollInterval(), oneLine(failure.toString()));
                try {
                    Thread.sleep(settings.pollInterval().toMillis());
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void forgetOldMails() {
        Instant now = Instant.now();
        if (Duration.between(lastForgetting, now).compareTo(Duration.ofHours(1)) < 0) {
            return;
        }
        lastForgetting = now;
        int forgotten = store.forgetDoneBefore(now.minus(settings.retention()));
        if (forgotten > 0) {
            log.info("forgot {} mails done more than {} ago", forgotten, settings.retention());
        }
    }

    /** An error message as one log line: a mail server's multi-line answer must not forge lines of our log. */
    private static String oneLine(String message) {
        String line = message == null ? "no reason given" : message.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() > 500 ? line.substring(0, 500) + "…" : line;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "kiosk-outbox");
        thread.setDaemon(true);
        thread.start();
    }

    /** Lets the mail being sent finish (its outcome recorded), then stops; a mail server that hangs is interrupted. */
    @Override
    public void stop() {
        running = false;
        nudges.release();
        Thread worker = thread;
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(15).toMillis());
                worker.interrupt();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
