package io.kiosk.api.privacy;

import io.kiosk.api.customer.CustomerId;

/**
 * An event that holds personal data of one customer: every {@link PersonalData} value in it, however deeply nested,
 * is theirs, encrypted with their key. A record with a {@code customerId} component has this method already.
 * Personal data in an event that names no owner (the mall's own return address in {@code ReturnAuthorised}) belongs
 * to no customer and is stored as it is.
 */
public interface PersonalDataOwner {

    CustomerId customerId();
}
