package io.kiosk.web.admin;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The console's menu for one member of staff: the areas their roles open, in a fixed order, the current one marked.
 * Templates read it as {@code ${console}}: {@code console.entries}, {@code console.may('ANALYTICS')}.
 *
 * @param entries the areas this account may open
 * @param account the signed-in account's e-mail address
 * @param roles   the account's roles, as the access token names them
 * @param home    whether the page shown is the console's home
 */
public record ConsoleMenu(List<Entry> entries, String account, List<String> roles, boolean home) {

    /** One menu entry: the area, its address, its label's message key, and whether the page shown is in it. */
    public record Entry(ConsoleArea area, String href, String messageKey, boolean current) {
    }

    public ConsoleMenu {
        entries = List.copyOf(entries);
        roles = List.copyOf(roles);
    }

    public static ConsoleMenu of(String account, Collection<String> roles, String requestPath) {
        List<Entry> entries = Arrays.stream(ConsoleArea.values())
                .filter(area -> area.openTo(roles))
                .map(area -> new Entry(area, area.path(), area.messageKey(), area.contains(requestPath)))
                .toList();
        return new ConsoleMenu(entries, account, List.copyOf(roles), requestPath.equals("/admin") || requestPath.equals("/admin/"));
    }

    /** Whether the menu holds the area named (an {@link ConsoleArea} constant's name), for templates. */
    public boolean may(String area) {
        ConsoleArea wanted = ConsoleArea.valueOf(area.toUpperCase(Locale.ROOT));
        return entries.stream().anyMatch(entry -> entry.area() == wanted);
    }
}
