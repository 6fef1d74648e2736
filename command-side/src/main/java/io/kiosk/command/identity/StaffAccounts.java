package io.kiosk.command.identity;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.Role;
import io.kiosk.command.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.util.Set;

/**
 * Staff accounts (back office, analysts, administrators): created by an administrator, not by
 * registration, and not customers. The first administrator comes from configuration on first start.
 */
@Service
class StaffAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;

    StaffAccounts(AccountStore accounts, PasswordEncoder passwords, IdentityProperties properties) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.properties = properties;
    }

    CustomerId create(EmailAddress email, String password, Role role) {
        if (role == Role.CUSTOMER) {
            throw RuleViolation.unprocessable("not-a-staff-role", "role", "customers register themselves");
        }
        Passwords.requireAcceptable("password", password, email.value());
        CustomerId accountId = CustomerId.random();
        if (!accounts.create(new Account(accountId, email, passwords.encode(password), Set.of(role), true))) {
            throw RuleViolation.conflict("account-exists", "an account with this e-mail address exists");
        }
        log.info("created {} account {}", role, accountId);
        return accountId;
    }

    /**
     * Creates the configured administrator unless an account with that address exists. Instances started together
     * may both find no account: the address is unique, so one creates it and the other finds it taken and starts
     * all the same.
     */
    @Override
    public void run(ApplicationArguments arguments) {
        IdentityProperties.Admin admin = properties.admin();
        if (!admin.isConfigured()) {
            return;
        }
        EmailAddress email = EmailAddress.of(admin.email());
        if (accounts.byEmail(email).isEmpty()) {
            try {
                create(email, admin.password(), Role.ADMIN);
            } catch (RuleViolation refused) {
                if (!refused.type().equals("account-exists")) {
                    throw refused;
                }
                log.info("the configured administrator was created meanwhile by another instance");
            }
        }
    }
}
