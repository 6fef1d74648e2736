package io.kiosk.api.customer;

/** The customer chose another language to read Kiosk and its mails in. */
public record CustomerLanguageChanged(CustomerId customerId, Language language) {
}
