/**
 * How Kiosk writes to people: every mail in the reader's language ({@code zh-CN} or {@code en}), its words from the
 * message bundles {@code mail/messages*.properties} (never from code), its amounts and dates formatted for that
 * language, and its links opening the web app's pages ({@code kiosk.web-url}), never an API URL. Identity, the order
 * process and refunds each decide when to write and to whom, and hand the mail to the outbox
 * ({@code io.kiosk.command.outbox}), whose worker sends it after their transaction commits; this package decides
 * how a mail reads and hands it to the mail server.
 */
package io.kiosk.command.mail;
