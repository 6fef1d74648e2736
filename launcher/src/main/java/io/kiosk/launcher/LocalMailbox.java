package io.kiosk.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A real SMTP server inside the launcher (GreenMail) that catches every mail Kiosk sends when no
 * mail server is configured, so that verification codes and reset codes can be read locally:
 * the run command prints each mail, and the system tests read them.
 */
public final class LocalMailbox implements AutoCloseable {

    private final GreenMail server;
    private final Thread printer;

    private LocalMailbox(GreenMail server, Thread printer) {
        this.server = server;
        this.printer = printer;
    }

    /** Starts on {@code port} (0: any free port); each arriving mail is handed to {@code onMail}, if given. */
    public static LocalMailbox start(int port, Consumer<Mail> onMail) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        Thread printer = null;
        if (onMail != null) {
            printer = new Thread(() -> deliverAsTheyArrive(server, onMail), "local-mailbox");
            printer.setDaemon(true);
            printer.start();
        }
        return new LocalMailbox(server, printer);
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** Every mail received so far. */
    public List<Mail> mails() {
        return Arrays.stream(server.getReceivedMessages()).map(LocalMailbox::mail).toList();
    }

    /** Waits up to {@code timeout} for a mail to {@code recipient} whose subject contains {@code subjectPart}. */
    public Optional<Mail> await(String recipient, String subjectPart, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            Optional<Mail> found = mails().stream()
                    .filter(mail -> mail.to().equalsIgnoreCase(recipient) && mail.subject().contains(subjectPart))
                    .reduce((first, second) -> second);
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    private static void deliverAsTheyArrive(GreenMail server, Consumer<Mail> onMail) {
        int seen = 0;
        while (!Thread.currentThread().isInterrupted()) {
            MimeMessage[] received = server.getReceivedMessages();
            for (int i = seen; i < received.length; i++) {
                onMail.accept(mail(received[i]));
            }
            seen = received.length;
            try {
                Thread.sleep(250);
            } catch (InterruptedException stopped) {
                return;
            }
        }
    }

    private static Mail mail(MimeMessage message) {
        try {
            // the text as written, decoded from its transfer encoding (Chinese mails travel as base64 or quoted-printable)
            return new Mail(message.getAllRecipients()[0].toString(), message.getSubject(),
                    message.getContent().toString().replace("\r\n", "\n"));
        } catch (MessagingException | IOException unreadable) {
            throw new IllegalStateException("unreadable mail", unreadable);
        }
    }

    @Override
    public void close() {
        if (printer != null) {
            printer.interrupt();
        }
        server.stop();
    }

    /** A received mail. */
    public record Mail(String to, String subject, String body) {
    }
}
