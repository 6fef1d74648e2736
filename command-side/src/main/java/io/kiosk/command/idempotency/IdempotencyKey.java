package io.kiosk.command.idempotency;

import io.kiosk.command.problems.InvalidField;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A client's idempotency key: 1 to 255 printable ASCII characters (space to tilde), as the column holds
 * them. Anything else is the client's mistake, refused as a 400 naming the header.
 */
record IdempotencyKey(String value) {

    static final int MAX_LENGTH = 255;

    IdempotencyKey {
        if (value == null || value.isEmpty()) {
            throw new InvalidField(Idempotent.HEADER, "must not be empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidField(Idempotent.HEADER, "must be at most " + MAX_LENGTH + " characters");
        }
        if (!value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw new InvalidField(Idempotent.HEADER, "must be printable ASCII characters only");
        }
    }

    /** The request's key, or empty when it sends none; more than one key is refused. */
    static Optional<IdempotencyKey> of(HttpServletRequest request) {
        List<String> values = Collections.list(request.getHeaders(Idempotent.HEADER));
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new InvalidField(Idempotent.HEADER, "must be sent once");
        }
        return Optional.of(new IdempotencyKey(values.get(0)));
    }
}
