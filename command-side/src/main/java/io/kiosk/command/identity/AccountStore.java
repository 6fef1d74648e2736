package io.kiosk.command.identity;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The identity tables: accounts, login throttling, mailed tokens, refresh tokens. */
@Repository
class AccountStore {

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the account; false if the e-mail address already has one. */
    boolean create(Account account) {
        return jdbc.sql("""
                        INSERT INTO account (account_id, email, password_hash, roles, email_verified)
                        VALUES (:id, :email, :hash, :roles, :verified)
                        ON CONFLICT (email) DO NOTHING""")
                .param("id", account.accountId().value())
                .param("email", account.email().value())
                .param("hash", account.passwordHash())
                .param("roles", account.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .param("verified", account.emailVerified())
                .update() == 1;
    }

    Optional<Account> byEmail(EmailAddress email) {
        return jdbc.sql("SELECT * FROM account WHERE email = :email").param("email", email.value())
                .query(AccountStore::account).optional();
    }

    Optional<Account> byId(CustomerId accountId) {
        return jdbc.sql("SELECT * FROM account WHERE account_id = :id").param("id", accountId.value())
                .query(AccountStore::account).optional();
    }

    void markEmailVerified(CustomerId accountId) {
        jdbc.sql("UPDATE account SET email_verified = TRUE WHERE account_id = :id").param("id", accountId.value()).update();
    }

    /** Deletes the account, with its tokens (the foreign keys cascade): nobody logs in with it any more. */
    void delete(CustomerId accountId) {
        jdbc.sql("DELETE FROM account WHERE account_id = :id").param("id", accountId.value()).update();
    }

    void changePassword(CustomerId accountId, String passwordHash) {
        jdbc.sql("UPDATE account SET password_hash = :hash, password_changed_at = now() WHERE account_id = :id")
                .param("hash", passwordHash).param("id", accountId.value()).update();
    }

    // --- login throttling, per e-mail address whether or not it has an account

    Optional<Instant> lockedUntil(EmailAddress email, Instant now) {
        return jdbc.sql("SELECT locked_until FROM login_throttle WHERE email = :email AND locked_until > :now")
                .param("email", email.value()).param("now", Timestamp.from(now))
                .query((row, n) -> row.getTimestamp(1).toInstant()).optional();
    }

    /** Counts a failed login; locks the address once {@code maxFailures} follow each other. */
    void recordFailure(EmailAddress email, int maxFailures, Instant lockUntil) {
        jdbc.sql("""
                        INSERT INTO login_throttle (email, failures, locked_until) VALUES (:email, 1, NULL)
                        ON CONFLICT (email) DO UPDATE SET
                            failures = CASE WHEN login_throttle.locked_until IS NOT NULL THEN 1 ELSE login_throttle.failures + 1 END,
                            locked_until = CASE WHEN login_throttle.locked_until IS NULL AND login_throttle.failures + 1 >= :max
                                                THEN CAST(:lockUntil AS timestamptz) ELSE NULL END""")
                .param("email", email.value()).param("max", maxFailures).param("lockUntil", Timestamp.from(lockUntil))
                .update();
    }

    void clearFailures(EmailAddress email) {
        jdbc.sql("DELETE FROM login_throttle WHERE email = :email").param("email", email.value()).update();
    }

    // --- single-use mailed tokens

    void saveMailedToken(String tokenHash, MailedTokenPurpose purpose, CustomerId accountId, Instant expiresAt) {
        jdbc.sql("INSERT INTO mailed_token (token_hash, purpose, account_id, expires_at) VALUES (:hash, :purpose, :id, :expires)")
                .param("hash", tokenHash).param("purpose", purpose.name()).param("id", accountId.value())
                .param("expires", Timestamp.from(expiresAt)).update();
    }

    /** Uses up a valid token (right purpose, not expired, not used) and answers its account. */
    Optional<CustomerId> useMailedToken(String tokenHash, MailedTokenPurpose purpose, Instant now) {
        return jdbc.sql("""
                        UPDATE mailed_token SET used_at = :now
                        WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
                        RETURNING account_id""")
                .param("hash", tokenHash).param("purpose", purpose.name()).param("now", Timestamp.from(now))
                .query((row, n) -> new CustomerId(row.getObject(1, UUID.class))).optional();
    }

    // --- refresh tokens

    void saveRefreshToken(String tokenHash, CustomerId accountId, UUID family, Instant expiresAt) {
        jdbc.sql("INSERT INTO refresh_token (token_hash, account_id, family, expires_at) VALUES (:hash, :id, :family, :expires)")
                .param("hash", tokenHash).param("id", accountId.value()).param("family", family)
                .param("expires", Timestamp.from(expiresAt)).update();
    }

    Optional<RefreshTokenRecord> refreshToken(String tokenHash) {
        return jdbc.sql("SELECT * FROM refresh_token WHERE token_hash = :hash FOR UPDATE").param("hash", tokenHash)
                .query((row, n) -> new RefreshTokenRecord(
                        new CustomerId(row.getObject("account_id", UUID.class)),
                        row.getObject("family", UUID.class),
                        row.getTimestamp("expires_at").toInstant(),
                        row.getTimestamp("revoked_at") != null))
                .optional();
    }

    void revokeRefreshToken(String tokenHash) {
        jdbc.sql("UPDATE refresh_token SET revoked_at = now() WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", tokenHash).update();
    }

    void revokeFamily(UUID family) {
        jdbc.sql("UPDATE refresh_token SET revoked_at = now() WHERE family = :family AND revoked_at IS NULL")
                .param("family", family).update();
    }

    void revokeAllRefreshTokens(CustomerId accountId) {
        jdbc.sql("UPDATE refresh_token SET revoked_at = now() WHERE account_id = :id AND revoked_at IS NULL")
                .param("id", accountId.value()).update();
    }

    private static Account account(ResultSet row, int n) throws SQLException {
        Set<Role> roles = Arrays.stream(row.getString("roles").split(",")).map(Role::valueOf).collect(Collectors.toSet());
        return new Account(new CustomerId(row.getObject("account_id", UUID.class)), new EmailAddress(row.getString("email")),
                row.getString("password_hash"), roles, row.getBoolean("email_verified"));
    }

    /** A stored refresh token: whose, which login chain, until when, and whether it was used up. */
    record RefreshTokenRecord(CustomerId accountId, UUID family, Instant expiresAt, boolean revoked) {
    }
}
