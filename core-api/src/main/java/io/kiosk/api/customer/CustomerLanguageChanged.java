package io.kiosk.api.customer;

import org.axonframework.serialization.Revision;

/** The customer chose another language to read Kiosk and its mails in. */
@Revision("1")
public record CustomerLanguageChanged(CustomerId customerId, Language language) {
}
