package io.kiosk.web.backend;

import io.kiosk.client.KioskClients;
import io.kiosk.web.session.AccessTokens;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/**
 * The command and query APIs, through the generated clients. {@link #commands()} and {@link #queries()} send the
 * access token of whoever is signed in to the web session of the request being served (refreshed first when it has
 * expired), and nothing for an anonymous shopper; a page makes the API classes it needs from them once:
 *
 * <pre>{@code
 * ProductPage(Backend backend) {
 *     this.catalogue = new CatalogueApi(backend.queries());
 *     this.carts = new CartsApi(backend.commands());
 * }
 * }</pre>
 *
 * <p>Calls to the command API name the shopper's address in {@code X-Forwarded-For} (the address this app sees, which
 * behind a proxy Tomcat takes from the proxy's own {@code X-Forwarded-For}): the command API's limits per client
 * (registrations, failed logins...) then count each shopper, not this app, whose address would otherwise stand for
 * everyone who uses the storefront.
 */
@Component
public class Backend {

    private final io.kiosk.client.command.ApiClient commands;
    private final io.kiosk.client.query.ApiClient queries;
    private final io.kiosk.client.command.ApiClient anonymousCommands;

    Backend(BackendProperties properties, AccessTokens tokens) {
        this.commands = KioskClients.commandApi(properties.commandUrl(), tokens::current, Backend::shopperAddress);
        this.queries = KioskClients.queryApi(properties.queryUrl(), tokens::current);
        this.anonymousCommands = KioskClients.commandApi(properties.commandUrl(), Optional::empty, Backend::shopperAddress);
    }

    /** The address of whoever sent the request being served; empty outside a request. */
    private static Optional<String> shopperAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? Optional.ofNullable(request.getRequest().getRemoteAddr()) : Optional.empty();
    }

    /** The command API, as the signed-in customer of the current request (or anonymous). */
    public io.kiosk.client.command.ApiClient commands() {
        return commands;
    }

    /** The query API, as the signed-in customer of the current request (or anonymous). */
    public io.kiosk.client.query.ApiClient queries() {
        return queries;
    }

    /** The command API with no token at all: for logging in, refreshing and the other calls made before one exists. */
    public io.kiosk.client.command.ApiClient anonymousCommands() {
        return anonymousCommands;
    }
}
