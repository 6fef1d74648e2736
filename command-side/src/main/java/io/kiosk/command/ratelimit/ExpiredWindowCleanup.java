package io.kiosk.command.ratelimit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the counters of windows that ended, every ten minutes. Ended windows already count for nothing; this only
 * keeps the table small. Every instance may run it; the deletes do not conflict.
 */
@Component
class ExpiredWindowCleanup {

    private static final Logger log = LoggerFactory.getLogger(ExpiredWindowCleanup.class);

    private final RateLimitStore store;

    ExpiredWindowCleanup(RateLimitStore store) {
        this.store = store;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void forgetEndedWindows() {
        try {
            store.forgetEndedWindows();
        } catch (RuntimeException failure) {
            log.warn("could not delete ended rate limit windows; will try again: {}", failure.toString());
        }
    }
}
