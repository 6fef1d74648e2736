package io.kiosk.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON-over-HTTP client for the system tests, speaking to the APIs as any client would. */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    Http(URI base) {
        this(base, null);
    }

    private Http(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** The same client, sending {@code Authorization: Bearer token}. */
    Http as(String bearerToken) {
        return new Http(base, bearerToken);
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    /** The plain-text body of a GET, such as Prometheus metrics. */
    String text(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.timeout(Duration.ofSeconds(30)).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException failed) {
            throw new UncheckedIOException("GET " + path + " failed", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    Answer post(String path, String json) {
        return send("POST", path, json);
    }

    /** Posts an HTML form ({@code outcome=pay}), as a browser sends a page's buttons; answers the status. */
    int form(String path, String fields) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields))
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException failed) {
            throw new UncheckedIOException("POST " + path + " failed", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    Answer send(String method, String path, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode content = body.isEmpty() ? JSON.nullNode()
                    : type.contains("json") ? JSON.readTree(body) : JSON.getNodeFactory().textNode(body);
            return new Answer(response.statusCode(), type, content, response.headers());
        } catch (IOException failed) {
            throw new UncheckedIOException(method + " " + path + " failed", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    record Answer(int status, String contentType, JsonNode body, HttpHeaders headers) {

        String text(String field) {
            return body.path(field).asText();
        }

        /** The value of a response header ({@code Kiosk-Position}, say), or null. */
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
