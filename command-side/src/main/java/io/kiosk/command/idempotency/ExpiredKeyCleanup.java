package io.kiosk.command.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Deletes expired idempotency keys every {@code kiosk.idempotency.cleanup-interval}. Cheap: one
 * statement over the {@code expires_at} index; expired keys already count as absent before it runs,
 * so it only keeps the table small. Every instance may run it; the deletes do not conflict.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ExpiredKeyCleanup implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ExpiredKeyCleanup.class);

    private final IdempotencyStore store;
    private final IdempotencyProperties properties;

    ExpiredKeyCleanup(IdempotencyStore store, IdempotencyProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::deleteExpired, properties.cleanupInterval(),
                properties.cleanupInterval()));
    }

    void deleteExpired() {
        try {
            int deleted = store.deleteExpired();
            if (deleted > 0) {
                log.info("deleted {} expired idempotency keys", deleted);
            }
        } catch (RuntimeException failure) {
            log.warn("could not delete expired idempotency keys; will try again: {}", failure.toString());
        }
    }
}
