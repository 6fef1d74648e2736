package io.kiosk.command.payment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * One call to a provider, tried again while the provider is unavailable ({@code provider-unavailable}: unreachable,
 * timed out, a server error) with pauses that double ({@link ProviderCallProperties}); any other refusal is the
 * provider's answer and is not asked again. After the last try the last refusal is the answer.
 */
final class ProviderCalls {

    static final String UNAVAILABLE = "provider-unavailable";

    private static final Logger log = LoggerFactory.getLogger(ProviderCalls.class);

    private final ProviderCallProperties settings;

    ProviderCalls(ProviderCallProperties settings) {
        this.settings = settings;
    }

    /**
     * The provider's answer to {@code call}, or its refusal after the tries allowed.
     *
     * @throws ProviderRefusal the provider's refusal, or the last one when it stayed unavailable
     * @throws ProviderCallInterrupted when the application stops during a pause: the event is handled again later
     */
    <T> T call(String what, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (ProviderRefusal refusal) {
                if (!UNAVAILABLE.equals(refusal.reason()) || attempt >= settings.attempts()) {
                    throw refusal;
                }
                Duration pause = settings.pauseAfter(attempt);
                log.info("{}: try {} of {} failed ({}); trying again in {} ms", what, attempt, settings.attempts(),
                        refusal.getMessage(), pause.toMillis());
                pause(pause);
            }
        }
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new ProviderCallInterrupted(stopping);
        }
    }
}
