package io.kiosk.command.customer;

import java.util.UUID;

/** The answer to keeping a delivery address: its id, to forget it by later. */
record AddressKept(UUID addressId) {
}
