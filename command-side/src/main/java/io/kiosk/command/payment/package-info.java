/**
 * Payments: the {@code Payment} aggregate (one attempt to collect an order's amount with one method), the
 * {@link io.kiosk.command.payment.PaymentGateway} port it asks to open and close trades, and one
 * sub-package per provider holding its adapter and its public notification endpoint (Alipay, WeChat Pay,
 * cards). Notifications are verified by the adapter's keys before they become commands.
 */
package io.kiosk.command.payment;
