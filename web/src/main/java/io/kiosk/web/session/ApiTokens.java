package io.kiosk.web.session;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The access and refresh tokens the command API gave a signed-in account, kept only in the web app's server-side
 * session (the browser holds nothing but the session cookie). An access token about to expire is exchanged for a new
 * pair before it is used; refresh tokens rotate on use and a used one presented again revokes the whole login, so two
 * requests of one session never refresh at once: this copy's lock keeps the requests that share it apart, and the
 * login's row in PostgreSQL ({@link LoginTokens}) the copies that every request of a session stored there reads, on
 * any instance of the web app.
 */
public final class ApiTokens implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    /** A token this close to its expiry is refreshed first, so that it does not expire on the way to the API. */
    static final Duration MARGIN = Duration.ofSeconds(30);

    private final UUID loginId;
    private String accessToken;
    private Instant accessExpiresAt;
    private String refreshToken;
    private boolean revoked;

    /** The tokens of a new login. */
    public ApiTokens(String accessToken, Instant accessExpiresAt, String refreshToken) {
        this(UUID.randomUUID(), accessToken, accessExpiresAt, refreshToken);
    }

    /** The tokens of the login {@code loginId}, as {@link LoginTokens} holds them. */
    ApiTokens(UUID loginId, String accessToken, Instant accessExpiresAt, String refreshToken) {
        this.loginId = Objects.requireNonNull(loginId, "login id");
        this.accessToken = Objects.requireNonNull(accessToken, "access token");
        this.accessExpiresAt = Objects.requireNonNull(accessExpiresAt, "expiry");
        this.refreshToken = Objects.requireNonNull(refreshToken, "refresh token");
    }

    /** Which login these tokens act for: the same through every refresh, and in every copy of the session. */
    public UUID loginId() {
        return loginId;
    }

    synchronized String currentAccessToken() {
        return accessToken;
    }

    synchronized Instant accessExpiresAt() {
        return accessExpiresAt;
    }

    /** Exchanges a refresh token for a new pair; throws {@link RefreshRefused} when the login is over. */
    @FunctionalInterface
    public interface Refresh {
        ApiTokens exchange(String refreshToken) throws RefreshRefused;
    }

    /** The command API refused the refresh token: it expired, was revoked (logout, password change) or was used. */
    public static final class RefreshRefused extends Exception {

        @Serial
        private static final long serialVersionUID = 1L;

        public RefreshRefused(String reason) {
            super(reason);
        }
    }

    /**
     * An access token valid for at least {@link #MARGIN} more, refreshing first when needed; empty once the login is
     * over (the refresh was refused), and from then on.
     */
    public synchronized Optional<String> accessToken(Instant now, Refresh refresh) {
        if (revoked) {
            return Optional.empty();
        }
        if (freshAt(now)) {
            return Optional.of(accessToken);
        }
        try {
            ApiTokens renewed = refresh.exchange(refreshToken);
            accessToken = renewed.accessToken;
            accessExpiresAt = renewed.accessExpiresAt;
            refreshToken = renewed.refreshToken;
            return Optional.of(accessToken);
        } catch (RefreshRefused over) {
            revoked = true;
            return Optional.empty();
        }
    }

    /** The refresh token, to revoke the login at logout. */
    public synchronized String refreshToken() {
        return refreshToken;
    }

    /** Whether the command API ended this login (a refused refresh). */
    public synchronized boolean revoked() {
        return revoked;
    }

    /** Whether the access token is valid for at least {@link #MARGIN} more at {@code now}. */
    synchronized boolean freshAt(Instant now) {
        return now.plus(MARGIN).isBefore(accessExpiresAt);
    }
}
