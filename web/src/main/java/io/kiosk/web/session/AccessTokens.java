package io.kiosk.web.session;

import io.kiosk.client.KioskClients;
import io.kiosk.client.command.ApiException;
import io.kiosk.client.command.api.IdentityApi;
import io.kiosk.client.command.model.RefreshTokenRequest;
import io.kiosk.client.command.model.TokenPair;
import io.kiosk.web.backend.BackendProperties;
import io.kiosk.web.problems.ApiUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The access token of whoever is signed in to the request's web session, refreshed through the command API when it
 * has (nearly) expired. When the refresh is refused the login is over: the session forgets it, the API call goes
 * without a token, and its 401 sends the shopper to the login page (see {@code problems.ErrorPages}).
 */
@Component
public class AccessTokens {

    private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);

    private final IdentityApi identity;
    private final LoginTokens logins;
    private final Clock clock;

    AccessTokens(BackendProperties backend, LoginTokens logins, Clock clock) {
        this.identity = new IdentityApi(KioskClients.commandApi(backend.commandUrl(), Optional::empty));
        this.logins = logins;
        this.clock = clock;
    }

    /** The current request's access token; empty for an anonymous shopper, outside a request, or once the login ended. */
    public Optional<String> current() {
        Optional<SignedIn> signedIn = signedIn();
        if (signedIn.isEmpty()) {
            return Optional.empty();
        }
        ApiTokens tokens = signedIn.get().tokens();
        // the session's copy may be older than the login's newest tokens: the refresh goes through the login's row
        Optional<String> token = tokens.accessToken(clock.instant(), presented -> logins.renew(tokens, this::exchange));
        if (token.isEmpty()) {
            log.info("the login of account {} ended (refresh refused); the session forgets it", signedIn.get().accountId());
            forgetLogin();
        }
        return token;
    }

    private static void forgetLogin() {
        WebSessions.forgetLogin(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest() : null);
        SecurityContextHolder.clearContext();
    }

    /** Who is signed in to the current request's session, if anyone. */
    public static Optional<SignedIn> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn
                ? Optional.of(signedIn) : Optional.empty();
    }

    private ApiTokens exchange(String refreshToken) throws ApiTokens.RefreshRefused {
        try {
            return tokensFrom(identity.refreshTokens(new RefreshTokenRequest().refreshToken(refreshToken)), clock.instant());
        } catch (ApiException refused) {
            if (refused.getCode() == 401 || refused.getCode() == 400) {
                throw new ApiTokens.RefreshRefused(KioskClients.problem(refused)
                        .map(problem -> problem.getType() + ": " + problem.getDetail()).orElse("HTTP " + refused.getCode()));
            }
            // the command side is unreachable or failing: that is not the end of the login, the page says so
            throw new ApiUnreachable("cannot refresh the access token now (HTTP " + refused.getCode() + ")", refused);
        }
    }

    /** The tokens of a login or refresh answer, with the access token's expiry counted from {@code now}. */
    public static ApiTokens tokensFrom(TokenPair pair, Instant now) {
        long lifetime = pair.getExpiresIn() == null ? 0 : pair.getExpiresIn();
        return new ApiTokens(pair.getAccessToken(), now.plusSeconds(lifetime), pair.getRefreshToken());
    }
}
