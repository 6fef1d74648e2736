package io.kiosk.command.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** A test client for one customer that sends POSTs with an {@code Idempotency-Key} (or without, for null). */
final class KeyedClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String token;

    KeyedClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    Answer post(String path, String body, String key) {
        return post(path, body, key == null ? List.of() : List.of(key));
    }

    /** Sends every key given as its own {@code Idempotency-Key} header. */
    Answer post(String path, String body, List<String> keys) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        keys.forEach(key -> request.header("Idempotency-Key", key));
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] bytes = response.body();
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Idempotency-Replayed").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Kiosk-Position").orElse(null),
                    bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes), new String(bytes));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** An answer as a retrying client sees it. */
    record Answer(int status, String contentType, String location, String replayed, String retryAfter,
                  String position, JsonNode body, String raw) {

        String text(String field) {
            return body.path(field).asText();
        }

        boolean isReplay() {
            return "true".equals(replayed);
        }
    }
}
