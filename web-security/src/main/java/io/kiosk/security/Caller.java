package io.kiosk.security;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Who is calling: the account behind the request's access token, and its roles. */
public record Caller(CustomerId accountId, Set<Role> roles) {

    public static final String ROLES_CLAIM = "roles";

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The caller of the current request; fails if the request is not authenticated with a token. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("no authenticated caller: the endpoint must require a token");
        }
        Set<Role> roles = token.getToken().getClaimAsStringList(ROLES_CLAIM).stream()
                .map(Role::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        return new Caller(new CustomerId(UUID.fromString(token.getName())), roles);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** Staff (back office or admin) may see every customer's orders. */
    public boolean seesAllOrders() {
        return is(Role.BACK_OFFICE) || is(Role.ADMIN);
    }
}
