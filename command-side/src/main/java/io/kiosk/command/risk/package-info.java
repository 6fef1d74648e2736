/**
 * The risk check a payment passes before any provider is asked: a list of small {@link io.kiosk.command.risk.RiskRule}s
 * (amount, attempts and failures per customer per hour, new account with a large basket, delivery region
 * mismatch), each configured under {@code kiosk.payments.risk.*} to hold the payment for review or decline it;
 * the tables they count from, kept with the payment events, and the look-up of a customer's figures from them
 * ({@code CustomerRiskFigures}), made before a payment is requested and carried in it; and the back office's review
 * of held payments.
 */
package io.kiosk.command.risk;
