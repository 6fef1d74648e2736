package io.kiosk.command.ratelimit;

import io.kiosk.api.customer.EmailAddress;
import io.kiosk.command.RuleViolation;
import io.kiosk.command.ratelimit.RateLimitProperties.Limit;
import io.kiosk.command.ratelimit.RateLimitStore.Count;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The limits on what anyone may ask without logging in, per e-mail address and per client, counted in PostgreSQL so
 * that they hold however many instances run. A request over a limit is refused with {@code 429} and
 * {@code Retry-After}, the end of the window it fills; it is still counted, so hammering never opens the door sooner.
 * The words of a refusal are the same whether or not the address has an account.
 */
@Component
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimits {

    private final RateLimitStore store;
    private final RateLimitProperties settings;

    RateLimits(RateLimitStore store, RateLimitProperties settings) {
        this.store = store;
        this.settings = settings;
    }

    /** Counts a request about {@code address} from {@code client}; refuses it when either has reached its limit. */
    public void charge(LimitedAction action, EmailAddress address, ClientAddress client) {
        Limit limit = action.limitIn(settings);
        RuleViolation perAddress = limit.perAddress() == 0 ? null
                : overLimit(action, store.hit(action, "address:" + address.value(), limit.window()), limit.perAddress(),
                "for this e-mail address", "per-address");
        RuleViolation perClient = limit.perClient() == 0 ? null
                : overLimit(action, store.hit(action, "client:" + client.value(), limit.window()), limit.perClient(),
                "from your network", "per-client");
        if (perAddress != null) {
            throw perAddress;
        }
        if (perClient != null) {
            throw perClient;
        }
    }

    /** Refuses {@code client} once it has failed {@code action} as often as its limit allows in the window. */
    public void requireFailuresLeft(LimitedAction action, ClientAddress client) {
        Limit limit = action.limitIn(settings);
        if (limit.perClient() == 0) {
            return;
        }
        store.current(action, "client:" + client.value(), limit.window())
                .filter(count -> count.hits() >= limit.perClient())
                .ifPresent(count -> {
                    throw refusal(action, count.left(), "from your network", "per-client");
                });
    }

    /** Counts a failure of {@code action} by {@code client}. */
    public void countFailure(LimitedAction action, ClientAddress client) {
        Limit limit = action.limitIn(settings);
        if (limit.perClient() > 0) {
            store.hit(action, "client:" + client.value(), limit.window());
        }
    }

    private static RuleViolation overLimit(LimitedAction action, Count count, int max, String whose, String kind) {
        return count.hits() > max ? refusal(action, count.left(), whose, kind) : null;
    }

    private static RuleViolation refusal(LimitedAction action, Duration left, String whose, String kind) {
        Duration wait = left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
        return RuleViolation.throttled(action.problemType(), "too many " + action.what() + " " + whose + "; try again in "
                        + inWords(wait), wait)
                .with("limit", kind);
    }

    private static String inWords(Duration wait) {
        long minutes = (wait.getSeconds() + 59) / 60;
        return minutes <= 1 ? "a minute" : minutes + " minutes";
    }
}
