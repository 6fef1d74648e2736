package io.kiosk.api.customer;

import io.kiosk.api.text.FreeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Erase the customer: their personal data becomes unreadable in every event that holds it, and they can no longer
 * log in. Asked by the customer themselves or by the back office, which says why.
 */
public record EraseCustomer(@TargetAggregateIdentifier CustomerId customerId, ErasureRequester requestedBy, String reason) {

    public static final int MAX_REASON = 500;

    public EraseCustomer {
        Objects.requireNonNull(customerId, "customerId is required");
        Objects.requireNonNull(requestedBy, "requestedBy is required");
        reason = requestedBy == ErasureRequester.BACK_OFFICE ? FreeText.required("reason", reason, MAX_REASON)
                : FreeText.optional("reason", reason, MAX_REASON);
    }
}
