package io.kiosk.command.mail;

/** A mail as it will be sent: its subject line and its plain text, in one language. */
public record Mail(String subject, String text) {
}
