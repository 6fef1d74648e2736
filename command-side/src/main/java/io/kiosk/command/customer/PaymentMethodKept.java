package io.kiosk.command.customer;

import java.util.UUID;

/** The answer to keeping a payment method: its id, to forget it by later. */
record PaymentMethodKept(UUID paymentMethodId) {
}
