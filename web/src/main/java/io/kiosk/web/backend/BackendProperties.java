package io.kiosk.web.backend;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.util.Objects;

/**
 * Where the two APIs run ({@code KIOSK_COMMAND_URL}, {@code KIOSK_QUERY_URL}).
 *
 * @param commandUrl the command API's base address, such as {@code http://localhost:8080}
 * @param queryUrl   the query API's base address, such as {@code http://localhost:8081}
 */
@ConfigurationProperties("kiosk.backend")
public record BackendProperties(URI commandUrl, URI queryUrl) {

    public BackendProperties {
        Objects.requireNonNull(commandUrl, "kiosk.backend.command-url (KIOSK_COMMAND_URL) is required");
        Objects.requireNonNull(queryUrl, "kiosk.backend.query-url (KIOSK_QUERY_URL) is required");
    }
}
