/**
 * The questions the analytics read model answers and the rows of its answers: sales, the shopping funnel,
 * refund rates, the payment method mix, the hour-of-week heat map and the top products, each over a
 * {@link io.kiosk.api.analytics.ReportPeriod} of whole days in the mall's time zone. Money columns are
 * per currency (never added across currencies) and, like {@code Money}, strings in JSON.
 */
package io.kiosk.api.analytics;
