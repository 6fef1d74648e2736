package io.kiosk.command;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP port the mail tests' GreenMail listens on and the test profile sends to:
 * {@code KIOSK_TEST_SMTP_PORT}, 3025 unless set, so that two test runs on one machine need not collide.
 */
public final class TestSmtp {

    public static final ServerSetup SETUP = new ServerSetup(port(), null, ServerSetup.PROTOCOL_SMTP);

    private TestSmtp() {
    }

    private static int port() {
        String port = System.getenv("KIOSK_TEST_SMTP_PORT");
        return port == null || port.isBlank() ? 3025 : Integer.parseInt(port.strip());
    }
}
