package io.kiosk.command.identity;

import io.kiosk.api.customer.EmailAddress;
import io.kiosk.command.RuleViolation;
import io.kiosk.command.ratelimit.ClientAddress;
import io.kiosk.command.ratelimit.LimitedAction;
import io.kiosk.command.ratelimit.RateLimits;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Guessing passwords is slow, whichever door is tried (a login, or a password change with a wrong current password)
 * and however the guesses are spread: an address is locked after {@code kiosk.security.login.max-failures} failures
 * in a row (whether or not it has an account), and a client that fails too often across any number of addresses is
 * refused for a while ({@code kiosk.rate-limits.failed-logins}), so spraying one password over many addresses is not
 * free either. Both refusals are {@code 429} with {@code Retry-After}.
 */
@Component
class LoginThrottle {

    private final AccountStore accounts;
    private final RateLimits limits;
    private final IdentityProperties properties;
    private final Clock clock;

    LoginThrottle(AccountStore accounts, RateLimits limits, IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.limits = limits;
        this.properties = properties;
        this.clock = clock;
    }

    /** Refuses the attempt when the client failed too often, or the address is locked. */
    void requireAttemptsLeft(EmailAddress email, ClientAddress client) {
        limits.requireFailuresLeft(LimitedAction.FAILED_LOGIN, client);
        Instant now = clock.instant();
        accounts.lockedUntil(email, now).ifPresent(until -> {
            Duration left = Duration.between(now, until);
            throw RuleViolation.throttled("login-locked", "too many failed logins; try again in "
                    + Math.max(1, left.toMinutes() + 1) + " minutes or reset your password", left);
        });
    }

    /** A wrong password for {@code email}, from {@code client}. */
    void failed(EmailAddress email, ClientAddress client) {
        accounts.recordFailure(email, properties.login().maxFailures(), clock.instant().plus(properties.login().lockout()));
        limits.countFailure(LimitedAction.FAILED_LOGIN, client);
    }

    /** The right password: the failures in a row start again from none. */
    void succeeded(EmailAddress email) {
        accounts.clearFailures(email);
    }
}
