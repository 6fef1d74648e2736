package io.kiosk.command.risk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The rules look back one hour: attempts older than a day only make {@code payment_attempt} grow, so they are
 * deleted hourly. Every instance may run it; the deletes do not conflict.
 */
@Component
class OldAttemptCleanup {

    private static final Logger log = LoggerFactory.getLogger(OldAttemptCleanup.class);

    private final JdbcClient jdbc;

    OldAttemptCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void deleteOldAttempts() {
        try {
            int deleted = jdbc.sql("DELETE FROM payment_attempt WHERE attempted_at < now() - interval '1 day'").update();
            if (deleted > 0) {
                log.info("deleted {} payment attempts older than a day", deleted);
            }
        } catch (RuntimeException failure) {
            log.warn("could not delete old payment attempts; will try again: {}", failure.toString());
        }
    }
}
