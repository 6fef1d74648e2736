package io.kiosk.command.identity;

import io.kiosk.command.problems.InvalidField;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

/**
 * Passwords are hashed with Argon2id (Spring Security's current parameters: 16 MiB, 2 passes);
 * the hash records its algorithm, so stronger parameters can come later without a migration.
 */
@Configuration(proxyBeanMethods = false)
class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    @Bean
    PasswordEncoder passwordEncoder() {
        String current = "argon2@SpringSecurity_v5_8";
        return new WellFormedPasswords(new DelegatingPasswordEncoder(current,
                Map.of(current, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8())));
    }

    /** The password rules: long enough to resist guessing, short enough not to be a denial of service. */
    static void requireAcceptable(String field, String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidField(field, "must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidField(field, "must have at most " + MAX_LENGTH + " characters");
        }
        if (!WellFormedPasswords.wellFormed(password)) {
            throw new InvalidField(field, "must not contain an unpaired surrogate (it has no UTF-8 form)");
        }
        if (password.equalsIgnoreCase(email)) {
            throw new InvalidField(field, "must not be your e-mail address");
        }
    }
}
