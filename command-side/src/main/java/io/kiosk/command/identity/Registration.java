package io.kiosk.command.identity;

import io.kiosk.api.customer.ConfirmCustomerEmail;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.Language;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.customer.RegisterCustomer;
import io.kiosk.api.customer.Role;
import io.kiosk.command.RuleViolation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Set;

/**
 * A customer registers, then proves their address with the token mailed to them. Registration
 * answers the same whether or not the address already has an account, so nobody learns from it
 * which addresses are customers; the owner of a known address gets a warning mail instead.
 */
@Service
class Registration {

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final CommandGateway commands;
    private final IdentityMails mails;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Registration(AccountStore accounts, PasswordEncoder passwords, CommandGateway commands, IdentityMails mails,
                 TransactionTemplate transaction, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.commands = commands;
        this.mails = mails;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Creates the account and the customer, who reads Kiosk in {@code language}, in one transaction (the account
     * row here, the customer's first event in the event store), then mails the verification token in that language.
     * The owner of a known address is warned in their own language.
     */
    void register(EmailAddress email, String name, PhoneNumber phone, String password, Language language) {
        Passwords.requireAcceptable("password", password, email.value());
        CustomerId customerId = CustomerId.random();
        Account account = new Account(customerId, email, passwords.encode(password), Set.of(Role.CUSTOMER), false);
        String token = transaction.execute(status -> {
            if (!accounts.create(account)) {
                return null;
            }
            commands.sendAndWait(new RegisterCustomer(customerId, email, name, phone, language));
            return newVerificationToken(customerId);
        });
        if (token == null) {
            accounts.byEmail(email).ifPresent(owner -> mails.alreadyRegistered(email, owner.accountId()));
        } else {
            mails.verifyYourAddress(email, name, token, language);
        }
    }

    /** Sends a fresh verification token to an unverified account; says nothing either way. */
    void resendVerification(EmailAddress email) {
        accounts.byEmail(email).filter(account -> !account.emailVerified()).ifPresent(account -> {
            String token = transaction.execute(status -> newVerificationToken(account.accountId()));
            mails.verifyYourAddressAgain(email, account.accountId(), token);
        });
    }

    /** Uses up a verification token and records the verified address on the customer. */
    void verify(String token) {
        transaction.executeWithoutResult(status -> {
            CustomerId customerId = accounts.useMailedToken(OpaqueTokens.hash(token), MailedTokenPurpose.EMAIL_VERIFICATION,
                            clock.instant())
                    .orElseThrow(() -> RuleViolation.unprocessable("invalid-token", "token",
                            "the code is invalid, expired or already used; ask for a new one"));
            accounts.markEmailVerified(customerId);
            commands.sendAndWait(new ConfirmCustomerEmail(customerId));
        });
    }

    private String newVerificationToken(CustomerId customerId) {
        String token = OpaqueTokens.newToken();
        accounts.saveMailedToken(OpaqueTokens.hash(token), MailedTokenPurpose.EMAIL_VERIFICATION, customerId,
                clock.instant().plus(MailedTokenPurpose.EMAIL_VERIFICATION.lifetime()));
        return token;
    }
}
