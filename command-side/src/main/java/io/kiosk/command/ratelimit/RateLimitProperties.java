package io.kiosk.command.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * The limits on requests that anyone can send without logging in ({@code kiosk.rate-limits.*}); the table in docs/api.md
 * ("Identity and access") lists them with their defaults.
 *
 * @param trustedProxies     the proxies (IP addresses or CIDR ranges) whose {@code X-Forwarded-For} names the client;
 *                           none: the connection's address is the client's
 * @param registration       registrations per e-mail address and per client
 * @param verificationResend new verification codes asked for, per e-mail address and per client
 * @param passwordReset      password resets asked for, per e-mail address and per client
 * @param failedLogins       failed logins and password changes with a wrong current password, per client (per
 *                           address, {@code kiosk.security.login} locks the address after failures in a row)
 */
@ConfigurationProperties("kiosk.rate-limits")
public record RateLimitProperties(List<String> trustedProxies, Limit registration, Limit verificationResend,
                                  Limit passwordReset, Limit failedLogins) {

    public RateLimitProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        registration = registration == null ? new Limit(5, 60, Duration.ofHours(1)) : registration;
        verificationResend = verificationResend == null ? new Limit(5, 60, Duration.ofHours(1)) : verificationResend;
        passwordReset = passwordReset == null ? new Limit(5, 60, Duration.ofHours(1)) : passwordReset;
        failedLogins = failedLogins == null ? new Limit(0, 60, Duration.ofMinutes(15)) : failedLogins;
    }

    /**
     * At most {@code perAddress} requests about one e-mail address and {@code perClient} from one client in each
     * {@code window} (0: no limit of that kind).
     */
    public record Limit(int perAddress, int perClient, Duration window) {

        public Limit {
            if (perAddress < 0 || perClient < 0) {
                throw new IllegalArgumentException("a rate limit is a count of 0 (none) or more");
            }
            window = window == null ? Duration.ofHours(1) : window;
            if (window.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("a rate limit's window is at least a second long");
            }
        }
    }
}
