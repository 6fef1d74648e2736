package io.kiosk.query.deadletter;

import jakarta.annotation.Nullable;
import java.util.List;

/**
 * What a retry or a discard of a sequence did: {@code PROCESSED} (every letter handled, none left),
 * {@code FAILED} (the first letter failed again and stays, with its new cause) or {@code DISCARDED} (every
 * letter thrown away, for {@code reason}); with the letters of the sequence that are left.
 */
record DeadLetterOutcome(String projection, String sequenceId, Result result, int letters, @Nullable String reason,
                         List<DeadLetterView> remaining) {

    enum Result { PROCESSED, FAILED, DISCARDED }
}
