package io.kiosk.command.identity;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.EmailAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The address Kiosk may write to about a customer's business: their account's, once they proved it is theirs (the
 * verification code). Never an address typed into a form, which could be anyone's.
 */
@Component
public class AccountAddresses {

    private final JdbcClient jdbc;

    public AccountAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's verified address; empty for an account not verified, or none. */
    public Optional<EmailAddress> verifiedAddressOf(CustomerId customerId) {
        return jdbc.sql("SELECT email FROM account WHERE account_id = :id AND email_verified")
                .param("id", customerId.value())
                .query(String.class)
                .optional()
                .map(EmailAddress::new);
    }
}
