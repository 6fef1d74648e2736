/**
 * The order process: the {@code OrderProcess} saga that takes a placed order through stock
 * reservation and payment (with a persistent payment deadline) to paid, or closes it with its stock
 * released; and the mails that tell the customer how their order is doing.
 */
package io.kiosk.command.orderprocess;
