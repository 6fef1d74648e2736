package io.kiosk.command.idempotency;

/**
 * What a key was used for: the fingerprint of its request, and its answer, or {@code null} while the
 * first request is still in progress.
 */
record KeyUse(String fingerprint, StoredAnswer answer) {

    boolean inProgress() {
        return answer == null;
    }
}
