package io.kiosk.command.identity;

import io.kiosk.api.customer.EmailAddress;
import io.kiosk.command.RuleViolation;
import io.kiosk.command.ratelimit.ClientAddress;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Logging in with e-mail and password. Wrong e-mail and wrong password answer alike (and take
 * alike long: an unknown address is still checked against a hash). Failures are throttled per address and per
 * client ({@link LoginThrottle}).
 */
@Service
class Login {

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final Tokens tokens;
    private final LoginThrottle throttle;
    private final String hashOfNothing;

    Login(AccountStore accounts, PasswordEncoder passwords, Tokens tokens, LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.throttle = throttle;
        this.hashOfNothing = passwords.encode("no account has this password " + System.nanoTime());
    }

    @Transactional(noRollbackFor = RuleViolation.class)
    TokenPair login(EmailAddress email, String password, ClientAddress client) {
        throttle.requireAttemptsLeft(email, client);
        Optional<Account> account = accounts.byEmail(email);
        boolean matches = passwords.matches(password, account.map(Account::passwordHash).orElse(hashOfNothing));
        if (account.isEmpty() || !matches) {
            throttle.failed(email, client);
            throw RuleViolation.unauthenticated("invalid-credentials", "e-mail address or password is wrong");
        }
        throttle.succeeded(email);
        if (!account.get().emailVerified()) {
            throw RuleViolation.forbidden("email-not-verified",
                    "confirm your e-mail address first (we can send the code again: POST /api/customers/verification/resend)");
        }
        return tokens.issue(account.get());
    }
}
