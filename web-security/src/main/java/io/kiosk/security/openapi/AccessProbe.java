package io.kiosk.security.openapi;

import io.kiosk.api.customer.Role;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.MappingMatch;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.FilterInvocation;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Asks the application's own access rules (its {@link SecurityFilterChain}) who may call an operation, so that
 * the API description says what the rules do and cannot drift from them: anyone, any logged-in account, or
 * some roles.
 */
final class AccessProbe {

    /** Who may call an operation. */
    record Access(boolean anyone, Set<Role> roles) {

        boolean everyRole() {
            return roles.size() == Role.values().length;
        }
    }

    private final List<SecurityFilterChain> chains;
    private final ServletContext servletContext;

    AccessProbe(List<SecurityFilterChain> chains, ServletContext servletContext) {
        this.chains = List.copyOf(chains);
        this.servletContext = servletContext;
    }

    /** Who may send {@code method} to {@code pathTemplate} (path variables as {@code {name}}). */
    Access of(String method, String pathTemplate) {
        String path = pathTemplate.replaceAll("\\{[^/}]+}", "x");
        boolean anyone = granted(method, path, new AnonymousAuthenticationToken("probe", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (granted(method, path, UsernamePasswordAuthenticationToken.authenticated("probe", null,
                    AuthorityUtils.createAuthorityList("ROLE_" + role.name())))) {
                roles.add(role);
            }
        }
        return new Access(anyone, roles);
    }

    private boolean granted(String method, String path, Authentication caller) {
        HttpServletRequest request = new ProbeRequest(servletContext, new FilterInvocation("", path, method.toUpperCase(Locale.ROOT)).getHttpRequest());
        for (SecurityFilterChain chain : chains) {
            if (chain.matches(request)) {
                AuthorizationManager<HttpServletRequest> rules = chain.getFilters().stream()
                        .filter(AuthorizationFilter.class::isInstance)
                        .map(filter -> ((AuthorizationFilter) filter).getAuthorizationManager())
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("a security filter chain without access rules"));
                AuthorizationResult result = rules.authorize(() -> caller, request);
                return result != null && result.isGranted();
            }
        }
        return false;
    }

    /** A request that exists only to be matched against the rules. */
    private static final class ProbeRequest extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();
        private final ServletContext servletContext;

        ProbeRequest(ServletContext servletContext, HttpServletRequest request) {
            super(request);
            this.servletContext = servletContext;
        }

        @Override
        public ServletContext getServletContext() {
            return servletContext;
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }

        @Override
        public DispatcherType getDispatcherType() {
            return DispatcherType.REQUEST;
        }

        @Override
        public HttpServletMapping getHttpServletMapping() {
            return new HttpServletMapping() {
                @Override
                public String getMatchValue() {
                    return "";
                }

                @Override
                public String getPattern() {
                    return "/";
                }

                @Override
                public String getServletName() {
                    return "dispatcherServlet";
                }

                @Override
                public MappingMatch getMappingMatch() {
                    return MappingMatch.DEFAULT;
                }
            };
        }

        @Override
        public String toString() {
            return getMethod() + " " + getRequestURI();
        }
    }
}
