package io.kiosk.command.identity;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.command.RuleViolation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * Changing a password (knowing the current one) and resetting it by mail. Either way every
 * refresh token of the account is revoked, so a stolen session ends too.
 */
@Service
class PasswordManagement {

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final IdentityMails mails;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PasswordManagement(AccountStore accounts, PasswordEncoder passwords, IdentityMails mails,
                       TransactionTemplate transaction, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.mails = mails;
        this.transaction = transaction;
        this.clock = clock;
    }

    void change(CustomerId accountId, String currentPassword, String newPassword) {
        Account account = accounts.byId(accountId).orElseThrow(() ->
                RuleViolation.unauthenticated("invalid-credentials", "the account no longer exists"));
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            throw RuleViolation.unprocessable("wrong-password", "currentPassword", "the current password is wrong");
        }
        Passwords.requireAcceptable("newPassword", newPassword, account.email().value());
        replacePassword(accountId, newPassword);
        mails.passwordChanged(account.email(), accountId);
    }

    /** Mails a reset token if the address has an account; answers nothing either way. */
    void requestReset(EmailAddress email) {
        accounts.byEmail(email).ifPresent(account -> {
            String token = OpaqueTokens.newToken();
            accounts.saveMailedToken(OpaqueTokens.hash(token), MailedTokenPurpose.PASSWORD_RESET, account.accountId(),
                    clock.instant().plus(MailedTokenPurpose.PASSWORD_RESET.lifetime()));
            mails.resetYourPassword(email, account.accountId(), token);
        });
    }

    void confirmReset(String token, String newPassword) {
        Account account = transaction.execute(status -> {
            CustomerId accountId = accounts.useMailedToken(OpaqueTokens.hash(token), MailedTokenPurpose.PASSWORD_RESET,
                            clock.instant())
                    .orElseThrow(() -> RuleViolation.unprocessable("invalid-token", "token",
                            "the code is invalid, expired or already used; ask for a new one"));
            Account found = accounts.byId(accountId).orElseThrow();
            Passwords.requireAcceptable("newPassword", newPassword, found.email().value());
            replacePassword(accountId, newPassword);
            accounts.clearFailures(found.email());
            return found;
        });
        mails.passwordChanged(account.email(), account.accountId());
    }

    private void replacePassword(CustomerId accountId, String newPassword) {
        transaction.executeWithoutResult(status -> {
            accounts.changePassword(accountId, passwords.encode(newPassword));
            accounts.revokeAllRefreshTokens(accountId);
        });
    }
}
