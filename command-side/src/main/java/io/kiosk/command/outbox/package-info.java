/**
 * The outbox of notifications: every mail Kiosk sends is written to table {@code notification_outbox} in the
 * transaction that decided to send it, keyed by the event (or request) it is about and which mail it is, and sent by
 * a worker after that transaction commits, with retries and back-off, each key once. Nothing that answers a request
 * or handles an event ever talks to a mail server.
 */
package io.kiosk.command.outbox;
