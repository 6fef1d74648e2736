package io.kiosk.command.identity;

import io.kiosk.api.customer.EmailAddress;
import io.kiosk.command.RuleViolation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Logging in with e-mail and password. Wrong e-mail and wrong password answer alike (and take
 * alike long: an unknown address is still checked against a hash). After too many failures in a
 * row an address is locked for a while, whether or not it has an account.
 */
@Service
class Login {

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final Tokens tokens;
    private final IdentityProperties properties;
    private final Clock clock;
    private final String hashOfNothing;

    Login(AccountStore accounts, PasswordEncoder passwords, Tokens tokens, IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
        this.hashOfNothing = passwords.encode("no account has this password " + System.nanoTime());
    }

    @Transactional(noRollbackFor = RuleViolation.class)
    TokenPair login(EmailAddress email, String password) {
        Instant now = clock.instant();
        Optional<Instant> locked = accounts.lockedUntil(email, now);
        if (locked.isPresent()) {
            throw RuleViolation.throttled("login-locked", "too many failed logins; try again in "
                    + minutesUntil(now, locked.get()) + " minutes or reset your password");
        }
        Optional<Account> account = accounts.byEmail(email);
        boolean matches = passwords.matches(password, account.map(Account::passwordHash).orElse(hashOfNothing));
        if (account.isEmpty() || !matches) {
            accounts.recordFailure(email, properties.login().maxFailures(), now.plus(properties.login().lockout()));
            throw RuleViolation.unauthenticated("invalid-credentials", "e-mail address or password is wrong");
        }
        accounts.clearFailures(email);
        if (!account.get().emailVerified()) {
            throw RuleViolation.forbidden("email-not-verified",
                    "confirm your e-mail address first (we can send the code again: POST /api/customers/verification/resend)");
        }
        return tokens.issue(account.get());
    }

    private static long minutesUntil(Instant now, Instant until) {
        return Math.max(1, Duration.between(now, until).toMinutes() + 1);
    }
}
