package io.kiosk.command.processing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the command side's event processors deal with an event they keep failing on ({@code kiosk.processing.*}):
 * {@code max-attempts} (3) tries for a reason of the event's own, then it is given up ({@link StalledEvents}).
 */
@ConfigurationProperties("kiosk.processing")
public record ProcessingProperties(Integer maxAttempts) {

    public ProcessingProperties {
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("kiosk.processing.max-attempts must be at least 1");
        }
    }
}
