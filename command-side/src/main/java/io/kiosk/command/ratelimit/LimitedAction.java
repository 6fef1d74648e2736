package io.kiosk.command.ratelimit;

import java.util.function.Function;

/** What is limited, with the problem type and words a refused caller gets. */
public enum LimitedAction {

    REGISTRATION("too-many-registrations", "registrations", RateLimitProperties::registration),
    VERIFICATION_RESEND("too-many-verification-mails", "requests for a new verification code",
            RateLimitProperties::verificationResend),
    PASSWORD_RESET("too-many-password-resets", "requests for a password reset", RateLimitProperties::passwordReset),
    FAILED_LOGIN("too-many-failed-logins", "failed logins", RateLimitProperties::failedLogins);

    private final String problemType;
    private final String what;
    private final Function<RateLimitProperties, RateLimitProperties.Limit> limit;

    LimitedAction(String problemType, String what, Function<RateLimitProperties, RateLimitProperties.Limit> limit) {
        this.problemType = problemType;
        this.what = what;
        this.limit = limit;
    }

    String problemType() {
        return problemType;
    }

    String what() {
        return what;
    }

    RateLimitProperties.Limit limitIn(RateLimitProperties settings) {
        return limit.apply(settings);
    }
}
