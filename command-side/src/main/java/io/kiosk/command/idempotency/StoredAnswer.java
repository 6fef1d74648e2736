package io.kiosk.command.idempotency;

/** The first answer to an idempotent request, as it is replayed: status, headers that matter, body. */
record StoredAnswer(int status, String location, String contentType, byte[] body) {
}
