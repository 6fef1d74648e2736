package io.kiosk.query.tracking;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.query.problems.TooManyStreams;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many live streams each caller holds open on this instance, and the most one caller may
 * ({@code kiosk.live.max-streams-per-caller}, 5 unless configured): a stream holds a connection, a thread's share
 * and a subscription, so one account cannot take them all. A place is taken when a stream opens and given back,
 * once, when it ends in any way.
 */
@Component
class LiveStreamQuota {

    private final int maxPerCaller;
    private final ConcurrentMap<CustomerId, Integer> open = new ConcurrentHashMap<>();

    LiveStreamQuota(@Value("${kiosk.live.max-streams-per-caller:5}") int maxPerCaller) {
        if (maxPerCaller < 1) {
            throw new IllegalArgumentException("kiosk.live.max-streams-per-caller must be at least 1");
        }
        this.maxPerCaller = maxPerCaller;
    }

    /** Takes a place for a stream of {@code caller}, or refuses with {@link TooManyStreams}; run the answer to give it back. */
    Runnable take(CustomerId caller) {
        boolean[] taken = {false};
        open.compute(caller, (who, count) -> {
            int now = count == null ? 0 : count;
            taken[0] = now < maxPerCaller;
            return taken[0] ? now + 1 : now;
        });
        if (!taken[0]) {
            throw new TooManyStreams(maxPerCaller);
        }
        AtomicBoolean given = new AtomicBoolean();
        return () -> {
            if (given.compareAndSet(false, true)) {
                open.computeIfPresent(caller, (who, count) -> count <= 1 ? null : count - 1);
            }
        };
    }

    /** How many streams {@code caller} holds open now. */
    int openBy(CustomerId caller) {
        return open.getOrDefault(caller, 0);
    }
}
