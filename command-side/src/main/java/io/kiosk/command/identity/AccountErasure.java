package io.kiosk.command.identity;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.EraseCustomer;
import io.kiosk.api.customer.ErasureRequester;
import io.kiosk.command.RuleViolation;
import io.kiosk.command.ratelimit.ClientAddress;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Erasing a customer: the customer deletes their own account (proving it with their password, throttled like a
 * login), or the back office erases one, saying why. Either way the customer's aggregate records
 * {@code CustomerErased}, and {@link ErasedAccounts} deletes their key and account in the same transaction.
 */
@Service
class AccountErasure {

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final CommandGateway commands;

    AccountErasure(AccountStore accounts, PasswordEncoder passwords, LoginThrottle throttle, CommandGateway commands) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.commands = commands;
    }

    /** The customer deletes their own account. */
    void eraseOwn(CustomerId customerId, String password, ClientAddress client) {
        Account account = accounts.byId(customerId).orElseThrow(() ->
                RuleViolation.unauthenticated("invalid-credentials", "the account no longer exists"));
        throttle.requireAttemptsLeft(account.email(), client);
        if (!passwords.matches(password, account.passwordHash())) {
            throttle.failed(account.email(), client);
            throw RuleViolation.unprocessable("wrong-password", "password", "the password is wrong");
        }
        commands.sendAndWait(new EraseCustomer(customerId, ErasureRequester.CUSTOMER, null));
    }

    /** The back office erases a customer; erasing one already erased changes nothing. */
    void eraseByBackOffice(EraseCustomer command) {
        commands.sendAndWait(command);
    }
}
