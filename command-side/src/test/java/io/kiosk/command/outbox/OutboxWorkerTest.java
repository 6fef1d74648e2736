package io.kiosk.command.outbox;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.command.TestMailDatabase;
import io.kiosk.command.mail.Mail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox worker against the real PostgreSQL (the command side's own table, in a schema of this test's) and a real
 * SMTP server in the JVM that the test starts and stops: a mail is sent once per key whatever happens twice, waits
 * while the server is down and goes when it is back, is given up visibly after the last try, and two workers sharing
 * the outbox send each mail once.
 */
class OutboxWorkerTest {

    private static final EmailAddress TO = new EmailAddress("li.lei@example.com");
    /** The pause after a failed try: long enough that a busy machine does not try again within one {@code sendDue}. */
    private static final Duration PAUSE = Duration.ofSeconds(2);

    private final int port = freePort();
    private final GreenMail server = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    private TestMailDatabase database;
    private JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        database = TestMailDatabase.fresh("outbox_test");
        jdbc = JdbcClient.create(database.dataSource());
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private TestOutbox outbox(int maxAttempts) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(port);
        return TestOutbox.in(database.dataSource(), sender, new OutboxProperties(Duration.ofSeconds(1), maxAttempts,
                PAUSE, PAUSE, Duration.ofDays(1)));
    }

    private Map<String, Object> row(NotificationKey key) {
        return jdbc.sql("SELECT status, attempts, body, last_error FROM notification_outbox WHERE event_id = :event AND channel = :channel")
                .param("event", key.eventId()).param("channel", key.channel()).query().singleRow();
    }

    private List<String> subjectsReceived() {
        return Arrays.stream(server.getReceivedMessages()).map(OutboxWorkerTest::subject).toList();
    }

    @Test
    void a_mail_written_twice_under_one_key_is_sent_once_and_its_text_forgotten() {
        server.start();
        TestOutbox outbox = outbox(3);
        NotificationKey key = NotificationKey.of("event-1", "order.paid");

        outbox.outbox().mail(key, TO, new Mail("paid", "your code: 123456"));
        outbox.outbox().mail(key, TO, new Mail("paid", "your code: 123456"));
        assertThat(outbox.sendDue()).isEqualTo(1);
        outbox.outbox().mail(key, TO, new Mail("paid", "your code: 123456"));

        assertThat(outbox.sendDue()).as("the event handled again after the mail went").isZero();
        assertThat(subjectsReceived()).containsExactly("paid");
        assertThat(row(key)).containsEntry("status", "SENT").containsEntry("attempts", 1);
        assertThat(row(key).get("body")).as("a code in it must not outlive the sending").isNull();
    }

    @Test
    void while_the_mail_server_is_down_the_mail_waits_and_goes_once_it_is_back() throws Exception {
        TestOutbox outbox = outbox(5);
        NotificationKey key = NotificationKey.of("event-2", "identity.reset");
        outbox.outbox().mail(key, TO, new Mail("reset", "your code"));

        assertThat(outbox.sendDue()).isEqualTo(1);
        assertThat(row(key)).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat((String) row(key).get("last_error")).isNotBlank().doesNotContain("\n");
        assertThat(outbox.sendDue()).as("not tried again before its pause is over").isZero();

        server.start();
        Thread.sleep(PAUSE.toMillis() + 100);

        assertThat(outbox.sendDue()).isEqualTo(1);
        assertThat(subjectsReceived()).containsExactly("reset");
        assertThat(row(key)).containsEntry("status", "SENT").containsEntry("attempts", 2);
    }

    @Test
    void a_mail_the_server_took_but_the_outbox_never_heard_of_goes_again_as_the_same_message() throws Exception {
        server.start();
        java.util.concurrent.atomic.AtomicBoolean lost = new java.util.concurrent.atomic.AtomicBoolean();
        // the server takes the mail, then the answer is lost (as when the command side dies right after sending)
        JavaMailSenderImpl losesTheFirstAnswer = new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... messages) {
                super.send(messages);
                if (lost.compareAndSet(false, true)) {
                    throw new org.springframework.mail.MailSendException("connection lost after the mail was taken");
                }
            }
        };
        losesTheFirstAnswer.setHost("localhost");
        losesTheFirstAnswer.setPort(port);
        TestOutbox outbox = TestOutbox.in(database.dataSource(), losesTheFirstAnswer, new OutboxProperties(
                Duration.ofSeconds(1), 3, PAUSE, PAUSE, Duration.ofDays(1)));
        NotificationKey paid = NotificationKey.of("event-5", "order.paid");
        NotificationKey shipped = NotificationKey.of("event-6", "order.shipped");
        outbox.outbox().mail(paid, TO, new Mail("paid", "paid"));

        assertThat(outbox.sendDue()).isEqualTo(1);
        Thread.sleep(PAUSE.toMillis() + 100);
        assertThat(outbox.sendDue()).isEqualTo(1);
        outbox.outbox().mail(shipped, TO, new Mail("shipped", "shipped"));
        assertThat(outbox.sendDue()).isEqualTo(1);

        List<String> ids = Arrays.stream(server.getReceivedMessages()).map(OutboxWorkerTest::messageId).toList();
        assertThat(ids).hasSize(3);
        assertThat(ids.get(0)).as("both tries of one mail: one message to the recipient's mail system")
                .isEqualTo(ids.get(1)).startsWith("<").endsWith(".outbox@kiosk.local>");
        assertThat(ids.get(2)).as("another mail").isNotEqualTo(ids.get(0));
    }

    @Test
    void a_mail_that_fails_every_try_is_given_up_and_listed_as_undelivered() throws Exception {
        TestOutbox outbox = outbox(2);
        NotificationKey key = NotificationKey.of("event-3", "order.shipped");
        outbox.outbox().mail(key, TO, new Mail("shipped", "on its way"));

        outbox.sendDue();
        Thread.sleep(PAUSE.toMillis() + 100);
        outbox.sendDue();
        Thread.sleep(PAUSE.toMillis() + 100);

        assertThat(outbox.sendDue()).as("never tried again").isZero();
        assertThat(row(key)).containsEntry("status", "FAILED").containsEntry("attempts", 2);
        assertThat(row(key).get("body")).isNull();
        assertThat(outbox.worker().undelivered()).singleElement().satisfies(mail -> {
            assertThat(mail.eventId()).isEqualTo("event-3");
            assertThat(mail.channel()).isEqualTo("order.shipped");
            assertThat(mail.recipient()).isEqualTo(TO.value());
            assertThat(mail.status()).isEqualTo("FAILED");
            assertThat(mail.attempts()).isEqualTo(2);
            assertThat(mail.gaveUpAt()).isNotNull();
        });
    }

    @Test
    void two_workers_sharing_the_outbox_send_each_mail_once() throws Exception {
        server.start();
        TestOutbox first = outbox(3);
        TestOutbox second = outbox(3);
        int mails = 40;
        IntStream.range(0, mails).forEach(n ->
                first.outbox().mail(NotificationKey.of("event-" + n, "order.placed"), TO, new Mail("order " + n, "thanks")));

        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> work1 = () -> {
            start.await();
            return first.sendDue();
        };
        Callable<Integer> work2 = () -> {
            start.await();
            return second.sendDue();
        };
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> one = workers.submit(work1);
            Future<Integer> two = workers.submit(work2);
            start.countDown();
            assertThat(one.get() + two.get()).as("mails tried by both").isEqualTo(mails);
        } finally {
            workers.shutdownNow();
        }

        assertThat(subjectsReceived()).hasSize(mails).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT count(*) FROM notification_outbox WHERE status = 'SENT' AND attempts = 1")
                .query(Integer.class).single()).isEqualTo(mails);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException none) {
            throw new IllegalStateException(none);
        }
    }
}
