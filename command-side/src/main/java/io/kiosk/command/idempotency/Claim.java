package io.kiosk.command.idempotency;

import io.kiosk.api.customer.CustomerId;

import java.util.UUID;

/**
 * One request's hold on a key: the key's row, written (uncommitted) by the request's own transaction. The
 * token tells that row from one another request may have written after a refused command rolled ours back.
 */
record Claim(CustomerId account, IdempotencyKey key, String fingerprint, UUID token) {
}
