package io.kiosk.web.session;

import io.kiosk.client.command.model.TokenPair;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Signs an account in to the web session and out of it. Signing in gives the session a new id (so an id planted
 * before the login is worth nothing) and keeps what was in it (an anonymous shopper's cart); the tokens stay on the
 * server, inside the session's security context.
 */
@Component
public class WebSessions {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final LoginTokens logins;
    private final Clock clock;

    WebSessions(LoginTokens logins, Clock clock) {
        this.logins = logins;
        this.clock = clock;
    }

    /** Signs in the account the command API's login answered {@code pair} for, as {@code email}. */
    public SignedIn signIn(String email, TokenPair pair, HttpServletRequest request, HttpServletResponse response) {
        AccessTokenClaims claims = AccessTokenClaims.of(pair.getAccessToken());
        SignedIn signedIn = new SignedIn(claims.subject(), email, claims.roles(),
                AccessTokens.tokensFrom(pair, clock.instant()));
        logins.remember(signedIn.tokens());
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null,
                claims.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return signedIn;
    }

    /**
     * Forgets the login but keeps the rest of the session (its cart, its CSRF token): for a login the command API
     * ended (a refused refresh, a 401).
     */
    public static void forgetLogin(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        var session = request == null ? null : request.getSession(false);
        if (session != null) {
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
    }

    /** Forgets the login and everything else the session held. */
    public void signOut(HttpServletRequest request) {
        AccessTokens.signedIn().ifPresent(signedIn -> logins.forget(signedIn.tokens().loginId()));
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
