package io.kiosk.command.identity;

import io.kiosk.api.customer.Role;
import io.kiosk.command.RuleViolation;
import io.kiosk.security.Caller;
import io.kiosk.security.SecurityProperties;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Issues access tokens (RS256 JWTs: {@code sub} = account id, {@code roles}) and refresh tokens,
 * which rotate on every use. A refresh token that comes back after it was used means it was
 * copied: the whole login (its token family) is then revoked.
 */
@Component
class Tokens {

    private final JwtEncoder encoder;
    private final AccountStore accounts;
    private final IdentityProperties identity;
    private final SecurityProperties security;
    private final Clock clock;

    Tokens(JwtEncoder encoder, AccountStore accounts, IdentityProperties identity, SecurityProperties security, Clock clock) {
        this.encoder = encoder;
        this.accounts = accounts;
        this.identity = identity;
        this.security = security;
        this.clock = clock;
    }

    /** A new login: a new token family. */
    @Transactional
    TokenPair issue(Account account) {
        return issue(account, UUID.randomUUID());
    }

    /** Trades a refresh token for a new pair; the presented token is used up. */
    @Transactional(noRollbackFor = RuleViolation.class)
    TokenPair refresh(String refreshToken) {
        String hash = OpaqueTokens.hash(refreshToken);
        AccountStore.RefreshTokenRecord stored = accounts.refreshToken(hash).orElseThrow(Tokens::invalid);
        if (stored.revoked()) {
            accounts.revokeFamily(stored.family());
            throw invalid();
        }
        if (!stored.expiresAt().isAfter(clock.instant())) {
            throw invalid();
        }
        accounts.revokeRefreshToken(hash);
        Account account = accounts.byId(stored.accountId()).orElseThrow(Tokens::invalid);
        return issue(account, stored.family());
    }

    /** Ends the login the refresh token belongs to. Unknown tokens are ignored: logging out twice is fine. */
    @Transactional
    void revoke(String refreshToken) {
        accounts.refreshToken(OpaqueTokens.hash(refreshToken)).ifPresent(stored -> accounts.revokeFamily(stored.family()));
    }

    private TokenPair issue(Account account, UUID family) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(security.issuer())
                .subject(account.accountId().toString())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(identity.accessTokenTtl()))
                .id(UUID.randomUUID().toString())
                .claim(Caller.ROLES_CLAIM, account.roles().stream().map(Role::name).sorted().toList())
                .build();
        String accessToken = encoder.encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build(), claims)).getTokenValue();
        String refreshToken = OpaqueTokens.newToken();
        accounts.saveRefreshToken(OpaqueTokens.hash(refreshToken), account.accountId(), family,
                now.plus(identity.refreshTokenTtl()));
        return new TokenPair(accessToken, "Bearer", identity.accessTokenTtl().toSeconds(), refreshToken);
    }

    private static RuleViolation invalid() {
        return RuleViolation.unauthenticated("invalid-refresh-token", "the refresh token is invalid or expired; log in again");
    }
}
