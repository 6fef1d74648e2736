package io.kiosk.client;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The generated clients, set up for Kiosk: where an API runs and whose access token goes with each request, and
 * an error answer read as the problem details it is. The generated packages are {@code io.kiosk.client.command}
 * ({@code .api}: one class per tag, such as {@code CartsApi}; {@code .model}) and {@code io.kiosk.client.query}.
 *
 * <pre>{@code
 * var commands = KioskClients.commandApi(URI.create("http://localhost:8080"), () -> Optional.of(accessToken));
 * try {
 *     CartUpdate cart = new CartsApi(commands).openCart(null);
 * } catch (io.kiosk.client.command.ApiException refused) {
 *     Problem problem = KioskClients.problem(refused); // type, detail, field, errors...
 * }
 * }</pre>
 */
public final class KioskClients {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private KioskClients() {
    }

    /** A client of the command API at {@code base}, sending the token {@code accessToken} gives, if any, with every request. */
    public static io.kiosk.client.command.ApiClient commandApi(URI base, Supplier<Optional<String>> accessToken) {
        return commandApi(base, accessToken, Optional::empty);
    }

    /**
     * A client of the command API at {@code base} for a server that serves people, such as a web app: besides the
     * token, every request names in {@code X-Forwarded-For} the address of the person it is made for
     * ({@code forwardedFor}, if any), so that the command API's limits per client count each person, not the server
     * (the command API believes it only from the addresses of its {@code kiosk.rate-limits.trusted-proxies}).
     */
    public static io.kiosk.client.command.ApiClient commandApi(URI base, Supplier<Optional<String>> accessToken,
                                                               Supplier<Optional<String>> forwardedFor) {
        io.kiosk.client.command.ApiClient client = new io.kiosk.client.command.ApiClient();
        client.updateBaseUri(base.toString());
        client.setReadTimeout(TIMEOUT);
        client.setRequestInterceptor(request -> {
            bearer(request, accessToken);
            forwardedFor.get().ifPresent(address -> request.setHeader("X-Forwarded-For", address));
        });
        return client;
    }

    /** A client of the query API at {@code base}, sending the token {@code accessToken} gives, if any, with every request. */
    public static io.kiosk.client.query.ApiClient queryApi(URI base, Supplier<Optional<String>> accessToken) {
        io.kiosk.client.query.ApiClient client = new io.kiosk.client.query.ApiClient();
        client.updateBaseUri(base.toString());
        client.setReadTimeout(TIMEOUT);
        client.setRequestInterceptor(request -> bearer(request, accessToken));
        return client;
    }

    /** The problem details of a command API error answer; empty when the answer carried none. */
    public static Optional<io.kiosk.client.command.model.Problem> problem(io.kiosk.client.command.ApiException refused) {
        return read(refused.getResponseBody(), io.kiosk.client.command.model.Problem.class,
                io.kiosk.client.command.ApiClient.createDefaultObjectMapper());
    }

    /** The problem details of a query API error answer; empty when the answer carried none. */
    public static Optional<io.kiosk.client.query.model.Problem> problem(io.kiosk.client.query.ApiException refused) {
        return read(refused.getResponseBody(), io.kiosk.client.query.model.Problem.class,
                io.kiosk.client.query.ApiClient.createDefaultObjectMapper());
    }

    private static void bearer(HttpRequest.Builder request, Supplier<Optional<String>> accessToken) {
        accessToken.get().ifPresent(token -> request.setHeader("Authorization", "Bearer " + token));
    }

    private static <P> Optional<P> read(String body, Class<P> type, com.fasterxml.jackson.databind.ObjectMapper json) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(body, type));
        } catch (JsonProcessingException notProblemDetails) {
            return Optional.empty();
        }
    }
}
