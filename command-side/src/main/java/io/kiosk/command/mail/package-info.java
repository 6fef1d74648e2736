/**
 * How Kiosk writes to people: every mail in the reader's language ({@code zh-CN} or {@code en}), its words from the
 * message bundles {@code mail/messages*.properties} (never from code), its amounts and dates formatted for that
 * language, and its links opening the web app's pages ({@code kiosk.web-url}), never an API URL. Identity, the order
 * process and refunds each decide when to write and to whom; this package decides how it reads and sends it.
 */
package io.kiosk.command.mail;
