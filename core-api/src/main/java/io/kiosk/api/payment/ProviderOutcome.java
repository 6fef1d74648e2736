package io.kiosk.api.payment;

/** What a provider's notification says happened, in Kiosk's words (TRADE_SUCCESS, SUCCESS, payment_intent.succeeded...). */
public enum ProviderOutcome {
    SUCCEEDED,
    FAILED,
    /** the trade closed unpaid (timed out or cancelled at the provider) */
    CLOSED
}
