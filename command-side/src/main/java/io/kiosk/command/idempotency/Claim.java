package io.kiosk.command.idempotency;

import io.kiosk.api.customer.CustomerId;

import java.util.UUID;

/**
 * One request's hold on a key. The token makes sure only the request that claimed the key stores or
 * releases it, even if a slow request lost the key to a takeover after {@code inProgressTimeout}.
 */
record Claim(CustomerId account, IdempotencyKey key, UUID token) {
}
