package io.kiosk.command.idempotency;

/**
 * The first answer to an idempotent request, as it is replayed: status, headers that matter (where the
 * new resource is, and {@code logPosition}: how far the event log had gone with the first request's
 * events, so a retrying client can still read its own write), body.
 */
record StoredAnswer(int status, String location, Long logPosition, String contentType, byte[] body) {
}
