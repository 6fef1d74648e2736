package io.kiosk.command.outbox;

import io.kiosk.api.customer.EmailAddress;
import io.kiosk.command.mail.Mail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where every mail goes first. {@link #mail} writes it to the outbox within the caller's transaction, so the mail
 * exists if and only if what decided to send it was stored; the {@link OutboxWorker} sends it once that transaction
 * has committed, never inside it: a request that mails answers as fast as one that does not, and a mail server that
 * is down delays the mail, never the request or the event.
 */
@Component
public class Outbox {

    private final OutboxStore store;
    private final OutboxWorker worker;

    Outbox(OutboxStore store, OutboxWorker worker) {
        this.store = store;
        this.worker = worker;
    }

    /**
     * Sends {@code mail} to {@code to} after the current transaction commits, unless a mail with this key was sent or
     * queued before (an event handled again). Without a transaction the mail is queued at once.
     */
    public void mail(NotificationKey key, EmailAddress to, Mail mail) {
        if (!store.add(key, to, mail)) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wake();
                }
            });
        } else {
            worker.wake();
        }
    }

    /** Forgets every mail to {@code to}, sent or not: what was not sent yet goes nowhere (its recipient was erased). */
    public void forget(EmailAddress to) {
        store.forget(to);
    }
}
