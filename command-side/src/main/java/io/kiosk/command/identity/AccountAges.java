package io.kiosk.command.identity;

import io.kiosk.api.customer.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** When an account was opened, for those (the risk check) who judge new accounts differently; nothing else leaves identity. */
@Component
public class AccountAges {

    private final JdbcClient jdbc;

    AccountAges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when there is no such account. */
    public Optional<Instant> createdAt(CustomerId accountId) {
        return jdbc.sql("SELECT created_at FROM account WHERE account_id = :id").param("id", accountId.value())
                .query((row, n) -> row.getTimestamp(1)).optional().map(Timestamp::toInstant);
    }
}
