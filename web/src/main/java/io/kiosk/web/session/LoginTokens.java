package io.kiosk.web.session;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The newest tokens of each login, one row per login in PostgreSQL ({@code web.login_tokens}). Sessions live in the
 * database too (Spring Session JDBC), and every request reads its own copy of its session: two requests of one
 * shopper, on one instance of the web app or on two, each hold the tokens as they were when their copy was read. The
 * command API rotates refresh tokens and revokes the whole login when a used one comes back, so a refresh happens
 * here alone, under the login's row lock: the first request refreshes and writes the new pair, the next finds it
 * fresh and takes it instead of presenting the used refresh token again.
 */
@Repository
public class LoginTokens {

    /** Rows untouched this long belong to sessions that ended (a live session refreshes long before). */
    static final Duration KEPT = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LoginTokens(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Keeps the tokens of a new login. */
    void remember(ApiTokens tokens) {
        jdbc.sql("""
                        INSERT INTO web.login_tokens (login_id, access_token, access_expires_at, refresh_token, updated_at)
                        VALUES (:login, :access, :expires, :refresh, :now)
                        ON CONFLICT (login_id) DO NOTHING""")
                .param("login", tokens.loginId())
                .param("access", tokens.currentAccessToken())
                .param("expires", Timestamp.from(tokens.accessExpiresAt()))
                .param("refresh", tokens.refreshToken())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * New tokens for {@code copy}, whose access token has (nearly) expired: the login's newest if another request
     * refreshed it meanwhile, else the exchange of its newest refresh token (the row locked while the command API
     * answers, so that no other request presents the same one). Throws {@link ApiTokens.RefreshRefused} once the
     * command API has ended the login, for this request and every later one.
     */
    ApiTokens renew(ApiTokens copy, ApiTokens.Refresh exchange) throws ApiTokens.RefreshRefused {
        Renewal renewal = transactions.execute(status -> {
            remember(copy);
            Row newest = jdbc.sql("""
                            SELECT access_token, access_expires_at, refresh_token, revoked FROM web.login_tokens
                            WHERE login_id = :login FOR UPDATE""")
                    .param("login", copy.loginId())
                    .query((row, number) -> new Row(row.getString(1), row.getTimestamp(2).toInstant(), row.getString(3),
                            row.getBoolean(4)))
                    .single();
            if (newest.revoked()) {
                return new Renewal(null, "the login was ended by an earlier request");
            }
            ApiTokens stored = new ApiTokens(copy.loginId(), newest.accessToken(), newest.accessExpiresAt(), newest.refreshToken());
            if (stored.freshAt(clock.instant())) {
                return new Renewal(stored, null);
            }
            try {
                ApiTokens renewed = exchange.exchange(newest.refreshToken());
                store(copy.loginId(), renewed, false);
                return new Renewal(new ApiTokens(copy.loginId(), renewed.currentAccessToken(), renewed.accessExpiresAt(),
                        renewed.refreshToken()), null);
            } catch (ApiTokens.RefreshRefused refused) {
                store(copy.loginId(), stored, true);
                return new Renewal(null, refused.getMessage());
            }
        });
        if (renewal == null || renewal.tokens() == null) {
            throw new ApiTokens.RefreshRefused(renewal == null ? "no answer" : renewal.refusal());
        }
        return renewal.tokens();
    }

    /** Forgets a login that ended (signed out). */
    void forget(UUID loginId) {
        jdbc.sql("DELETE FROM web.login_tokens WHERE login_id = :login").param("login", loginId).update();
    }

    /** Forgets the logins of sessions that ended without signing out (they expired). */
    @Scheduled(fixedDelayString = "${kiosk.web.login-cleanup-interval:1h}", initialDelayString = "${kiosk.web.login-cleanup-interval:1h}")
    void forgetEndedLogins() {
        jdbc.sql("DELETE FROM web.login_tokens WHERE updated_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(KEPT)))
                .update();
    }

    Optional<Boolean> revoked(UUID loginId) {
        return jdbc.sql("SELECT revoked FROM web.login_tokens WHERE login_id = :login").param("login", loginId)
                .query(Boolean.class).optional();
    }

    private void store(UUID loginId, ApiTokens tokens, boolean revoked) {
        jdbc.sql("""
                        UPDATE web.login_tokens SET access_token = :access, access_expires_at = :expires,
                            refresh_token = :refresh, revoked = :revoked, updated_at = :now
                        WHERE login_id = :login""")
                .param("login", loginId)
                .param("access", tokens.currentAccessToken())
                .param("expires", Timestamp.from(tokens.accessExpiresAt()))
                .param("refresh", tokens.refreshToken())
                .param("revoked", revoked)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private record Row(String accessToken, Instant accessExpiresAt, String refreshToken, boolean revoked) {
    }

    private record Renewal(ApiTokens tokens, String refusal) {
    }
}
