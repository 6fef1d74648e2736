package io.kiosk.command;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP port the mail tests' GreenMail listens on and the test profile sends to:
 * {@code KIOSK_TEST_SMTP_PORT}, 3025 unless set, so that two test runs on one machine need not collide.
 */
public final class TestSmtp {

    public static final ServerSetup SETUP = new ServerSetup(port(), null, ServerSetup.PROTOCOL_SMTP);

    private TestSmtp() {
    }

    /** A mail server in the JVM on {@link #SETUP}'s port, where the application's mail goes; it takes any login. */
    public static GreenMailExtension server() {
        return server(SETUP);
    }

    /** A mail server on a free port, for tests that give their own mail sender its address. */
    public static GreenMailExtension serverOnAnyPort() {
        return server(ServerSetupTest.SMTP.dynamicPort());
    }

    /** A mail sender to this server (on this machine). */
    public static JavaMailSender senderTo(GreenMailExtension server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(server.getSmtp().getPort());
        return sender;
    }

    private static GreenMailExtension server(ServerSetup setup) {
        return new GreenMailExtension(setup).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    private static int port() {
        String port = System.getenv("KIOSK_TEST_SMTP_PORT");
        return port == null || port.isBlank() ? 3025 : Integer.parseInt(port.strip());
    }
}
