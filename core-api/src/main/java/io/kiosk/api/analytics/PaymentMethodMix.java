package io.kiosk.api.analytics;

import java.util.Objects;

/** Payments started, succeeded and failed per method, and each method's share of what was collected. Answered with a list of {@link PaymentMethodShare}. */
public record PaymentMethodMix(ReportPeriod period) {

    public PaymentMethodMix {
        Objects.requireNonNull(period, "period is required");
    }
}
