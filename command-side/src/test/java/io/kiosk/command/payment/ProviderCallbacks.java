package io.kiosk.command.payment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Calls Kiosk's notification endpoints the way a provider does: raw body, its own content type and headers, no login. */
public final class ProviderCallbacks {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public ProviderCallbacks(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public Answer post(String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException("could not call " + path, failed);
        }
    }

    /** What Kiosk answered the provider. */
    public record Answer(int status, String contentType, String body) {
    }
}
