package io.kiosk.command.identity;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that never hands Argon2 a string with an unpaired surrogate: Bouncy Castle's UTF-8 conversion
 * throws on one ({@code IllegalStateException}: a 500 for a login or password change a client sent, found by the
 * fault suite's fuzz test). Such a password was never set (the rules refuse it), so it matches nothing; encoding one
 * is a bug of the caller.
 */
final class WellFormedPasswords implements PasswordEncoder {

    private final PasswordEncoder hashes;

    WellFormedPasswords(PasswordEncoder hashes) {
        this.hashes = hashes;
    }

    /** True when every surrogate in {@code text} is half of a pair: the text has a UTF-8 form. */
    static boolean wellFormed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String encode(CharSequence password) {
        if (!wellFormed(password)) {
            throw new IllegalArgumentException("a password with an unpaired surrogate reached the encoder");
        }
        return hashes.encode(password);
    }

    @Override
    public boolean matches(CharSequence password, String hash) {
        if (password == null || !wellFormed(password)) {
            // as long as a real comparison, so that a malformed password tells nothing either
            hashes.matches("no password has an unpaired surrogate", hash);
            return false;
        }
        return hashes.matches(password, hash);
    }

    @Override
    public boolean upgradeEncoding(String hash) {
        return hashes.upgradeEncoding(hash);
    }
}
