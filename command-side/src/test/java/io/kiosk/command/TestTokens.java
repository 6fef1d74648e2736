package io.kiosk.command;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Access tokens for tests, signed with the application's own key (the {@link JwtEncoder} bean),
 * so they pass exactly the checks a real login's token passes, and can be made to fail one.
 */
public final class TestTokens {

    private final JwtEncoder encoder;

    public TestTokens(JwtEncoder encoder) {
        this.encoder = encoder;
    }

    public String forAccount(CustomerId accountId, Role... roles) {
        return token(accountId, "kiosk", Instant.now().plus(Duration.ofMinutes(5)), roles);
    }

    public String expiredFor(CustomerId accountId, Role... roles) {
        return token(accountId, "kiosk", Instant.now().minus(Duration.ofMinutes(5)), roles);
    }

    public String fromIssuer(String issuer, CustomerId accountId, Role... roles) {
        return token(accountId, issuer, Instant.now().plus(Duration.ofMinutes(5)), roles);
    }

    private String token(CustomerId accountId, String issuer, Instant expiresAt, Role... roles) {
        List<String> roleNames = Arrays.stream(roles).map(Role::name).toList();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(accountId.toString())
                .issuedAt(expiresAt.minus(Duration.ofMinutes(15)))
                .expiresAt(expiresAt)
                .claim("roles", roleNames)
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims)).getTokenValue();
    }
}
