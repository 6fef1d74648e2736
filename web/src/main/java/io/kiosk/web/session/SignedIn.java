package io.kiosk.web.session;

import org.springframework.security.core.AuthenticatedPrincipal;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Who is signed in to a web session: the account (the access token's subject), the address they signed in with, their
 * roles, and the tokens that act for them. It is the principal of the session's Spring Security authentication, so
 * templates read it as {@code #authentication.principal}.
 */
public record SignedIn(UUID accountId, String email, List<String> roles, ApiTokens tokens)
        implements AuthenticatedPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public SignedIn {
        Objects.requireNonNull(accountId, "account id");
        Objects.requireNonNull(tokens, "tokens");
        roles = List.copyOf(roles);
    }

    /** The account's id: the name Spring Security and Spring Session know the login by (never the tokens). */
    @Override
    public String getName() {
        return accountId.toString();
    }

    public boolean isCustomer() {
        return roles.contains("CUSTOMER");
    }

    /** Whether the account works in the console ({@code /admin}): back office, analyst or administrator. */
    public boolean isStaff() {
        return roles.contains("BACK_OFFICE") || roles.contains("ANALYST") || roles.contains("ADMIN");
    }
}
