package io.kiosk.command.identity;

import io.kiosk.api.customer.CustomerId;

/** The answer to creating a staff account: its id. */
record StaffAccountCreated(CustomerId accountId) {
}
