/**
 * Payments: the {@code Payment} aggregate (one attempt to collect an order's amount with one method), the
 * {@link io.kiosk.command.payment.PaymentGateway} port it asks to open and close trades, and one
 * sub-package per provider ({@code alipay}, {@code wechat}, {@code card}) holding its adapter, its keys'
 * checks and its public notification endpoint; {@code sandbox} plays every provider for machines without
 * merchant accounts. Notifications are verified before they become {@code RecordProviderNotification}
 * commands; the payment itself never sees a key or a protocol. Before it asks a provider, a payment asks the
 * {@code RiskCheck} port (package {@code io.kiosk.command.risk}, outside this one so the payment still knows
 * no sub-package), which may hold it for the back office's review or decline it.
 */
package io.kiosk.command.payment;
