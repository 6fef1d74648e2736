package io.kiosk.command.outbox;

import io.kiosk.command.mail.MailDelivery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * The real outbox over a test's own tables (see {@code TestMailDatabase}), sending through a test's mail server when
 * the test says so ({@link #sendDue()}) rather than on a thread of its own.
 */
public final class TestOutbox {

    public static final String FROM = "Kiosk <no-reply@kiosk.local>";

    private final OutboxStore store;
    private final OutboxWorker worker;

    private TestOutbox(OutboxStore store, OutboxWorker worker) {
        this.store = store;
        this.worker = worker;
    }

    /** The pause between two tries of a mail. */
    public static final Duration PAUSE = Duration.ofSeconds(2);

    /** Tries every mail three times, {@link #PAUSE} apart. */
    public static TestOutbox in(DataSource dataSource, JavaMailSender sender) {
        return in(dataSource, sender, new OutboxProperties(Duration.ofSeconds(1), 3, PAUSE, PAUSE, Duration.ofDays(1)));
    }

    static TestOutbox in(DataSource dataSource, JavaMailSender sender, OutboxProperties settings) {
        OutboxStore store = new OutboxStore(JdbcClient.create(dataSource));
        OutboxWorker worker = new OutboxWorker(store, new MailDelivery(sender, FROM),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), settings);
        return new TestOutbox(store, worker);
    }

    /** Where the application under test hands its mails. */
    public Outbox outbox() {
        return new Outbox(store, worker);
    }

    /** Sends what is due now, as the worker would; answers how many mails it tried. */
    public int sendDue() {
        return worker.sendDue();
    }

    OutboxWorker worker() {
        return worker;
    }
}
