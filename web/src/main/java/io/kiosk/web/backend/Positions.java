package io.kiosk.web.backend;

import java.util.List;
import java.util.Map;

/**
 * The {@code Kiosk-Position} a command answered: passed as {@code ?position=} to the query that shows the change, it
 * makes the query side wait until its read model has it (read your own write). A page that changes something and
 * then redirects keeps it for the next page in a flash attribute named {@link #FLASH}.
 */
public final class Positions {

    /** The flash attribute (and request parameter) a redirect carries the position in. */
    public static final String FLASH = "position";

    private Positions() {
    }

    /** The position a command API answer carries, or null. */
    public static Long of(io.kiosk.client.command.ApiResponse<?> answer) {
        return of(answer.getHeaders());
    }

    /** The position a redirect carried to this page, or null. */
    public static Long from(org.springframework.ui.Model model) {
        return model.getAttribute(FLASH) instanceof Long position ? position : null;
    }

    static Long of(Map<String, List<String>> headers) {
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Kiosk-Position") && !header.getValue().isEmpty())
                .map(header -> Long.parseLong(header.getValue().get(0).strip()))
                .findFirst().orElse(null);
    }
}
