package io.kiosk.command.payment.card;

/** The answer to the card processor's event: received, and whether it changed one of Kiosk's payments. */
record WebhookReceipt(boolean received, boolean applied) {

    static final WebhookReceipt APPLIED = new WebhookReceipt(true, true);
    static final WebhookReceipt IGNORED = new WebhookReceipt(true, false);
}
