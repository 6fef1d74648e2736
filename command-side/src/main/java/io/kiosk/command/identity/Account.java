package io.kiosk.command.identity;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.Role;

import java.util.Set;

/** An account that can log in: a customer, or staff. The password hash never leaves identity. */
record Account(CustomerId accountId, EmailAddress email, String passwordHash, Set<Role> roles, boolean emailVerified) {

    Account {
        roles = Set.copyOf(roles);
    }
}
