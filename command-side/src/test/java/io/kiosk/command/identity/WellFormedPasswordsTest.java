package io.kiosk.command.identity;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WellFormedPasswordsTest {

    private final PasswordEncoder passwords = new WellFormedPasswords(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());

    @Test
    void a_password_with_an_unpaired_surrogate_matches_nothing_instead_of_failing_in_argon2() {
        String hash = passwords.encode("correct horse battery 😀");

        assertThat(passwords.matches("correct horse battery 😀", hash)).isTrue();
        assertThat(passwords.matches("\uD800", hash)).isFalse();
        assertThat(passwords.matches("x\uDC00x", hash)).isFalse();
        assertThat(passwords.matches("correct horse battery \uD83D", hash)).isFalse();
    }

    @Test
    void such_a_password_is_never_hashed() {
        assertThatThrownBy(() -> passwords.encode("long enough \uD800 password")).isInstanceOf(IllegalArgumentException.class);
        assertThat(WellFormedPasswords.wellFormed("a 😀 pair")).isTrue();
        assertThat(WellFormedPasswords.wellFormed("\uDE00\uD83D")).isFalse();
    }
}
