package io.kiosk.api.analytics;

import java.time.DayOfWeek;

/** One hour of the week in mall time ({@code hour} 0–23): orders placed in it over the period, and how many of them were paid. */
public record HeatMapCell(DayOfWeek weekday, int hour, long ordersPlaced, long ordersPaid) {
}
