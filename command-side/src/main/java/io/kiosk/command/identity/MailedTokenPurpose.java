package io.kiosk.command.identity;

import java.time.Duration;

/** What a mailed token is for, and how long it lives. */
enum MailedTokenPurpose {
    EMAIL_VERIFICATION(Duration.ofDays(2)),
    PASSWORD_RESET(Duration.ofMinutes(30));

    private final Duration lifetime;

    MailedTokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    Duration lifetime() {
        return lifetime;
    }
}
