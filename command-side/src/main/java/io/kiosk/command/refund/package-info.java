/**
 * Refunds and returns: the {@code Refund} aggregate (one request for money back, with or without the goods
 * coming back), the {@code RefundProcess} saga that pays it out through the order's payment (retried with
 * back-off, escalated to the back office after a limit), the refund work list the back office reviews, the
 * customers' and the back office's endpoints, and the mails at each step. A refund is asked of the order,
 * which decides by {@code RefundRules} (when) and its {@code RefundLedger} (how much) and opens it in the same unit
 * of work ({@code AggregateLifecycle.createNew}).
 */
package io.kiosk.command.refund;
