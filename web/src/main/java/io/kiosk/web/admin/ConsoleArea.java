package io.kiosk.web.admin;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The parts of the console and the roles that may open them. The web app's security rules ({@code security.WebSecurity})
 * and the menu ({@link ConsoleMenu}) say the same; the APIs decide it again for every call.
 */
public enum ConsoleArea {

    WORK_LISTS("/admin/work-lists", "BACK_OFFICE", "ADMIN"),
    ORDERS("/admin/orders", "BACK_OFFICE", "ADMIN"),
    CATALOGUE("/admin/catalogue", "BACK_OFFICE", "ADMIN"),
    SEARCH("/admin/search", "BACK_OFFICE", "ADMIN"),
    OPERATIONS("/admin/operations", "BACK_OFFICE", "ADMIN"),
    ANALYTICS("/admin/analytics", "ANALYST", "ADMIN"),
    STAFF("/admin/staff", "ADMIN");

    private final String path;
    private final List<String> roles;

    ConsoleArea(String path, String... roles) {
        this.path = path;
        this.roles = List.of(roles);
    }

    public String path() {
        return path;
    }

    /** The menu entry's message key, {@code admin.menu.work-lists} and so on. */
    public String messageKey() {
        return "admin.menu." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean openTo(Collection<String> held) {
        return held.stream().anyMatch(roles::contains);
    }

    /** Whether {@code requestPath} is this area's page or one below it. */
    boolean contains(String requestPath) {
        return requestPath.equals(path) || requestPath.startsWith(path + "/");
    }
}
