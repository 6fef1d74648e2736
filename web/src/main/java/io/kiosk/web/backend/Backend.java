package io.kiosk.web.backend;

import io.kiosk.client.KioskClients;
import io.kiosk.web.session.AccessTokens;
import org.springframework.stereotype.Component;

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
 */
@Component
public class Backend {

    private final io.kiosk.client.command.ApiClient commands;
    private final io.kiosk.client.query.ApiClient queries;
    private final io.kiosk.client.command.ApiClient anonymousCommands;

    Backend(BackendProperties properties, AccessTokens tokens) {
        this.commands = KioskClients.commandApi(properties.commandUrl(), tokens::current);
        this.queries = KioskClients.queryApi(properties.queryUrl(), tokens::current);
        this.anonymousCommands = KioskClients.commandApi(properties.commandUrl(), Optional::empty);
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
