package io.kiosk.command.idempotency;

/** What a key was used for: the fingerprint of its request, and the answer it got. */
record KeyUse(String fingerprint, StoredAnswer answer) {
}
