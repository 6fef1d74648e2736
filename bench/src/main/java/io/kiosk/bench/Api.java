package io.kiosk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalLong;

/** JSON over HTTP to one of Kiosk's applications, as a client (a browser, an app) speaks to it. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI base;
    private final String token;

    Api(HttpClient http, URI base) {
        this(http, base, null);
    }

    private Api(HttpClient http, URI base, String token) {
        this.http = http;
        this.base = base;
        this.token = token;
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The same API, called with {@code Authorization: Bearer accessToken}. */
    Api as(String accessToken) {
        return new Api(http, base, accessToken);
    }

    URI base() {
        return base;
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    Answer post(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, json);
    }

    Answer put(String path, String json) throws IOException, InterruptedException {
        return send("PUT", path, json);
    }

    /** An HTML form post, as the sandbox payment page's buttons send it; answers the status. */
    int form(String path, String fields) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A GET whose body is not read: for the HTTP floor. */
    int status(String path) throws IOException, InterruptedException {
        return http.send(builder(path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    Answer send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest request = builder(path)
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = response.body();
        JsonNode content = body.length == 0 ? JSON.nullNode()
                : response.headers().firstValue("Content-Type").orElse("").contains("json") ? JSON.readTree(body)
                : JSON.getNodeFactory().textNode(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        OptionalLong position = response.headers().firstValue("Kiosk-Position")
                .map(value -> OptionalLong.of(Long.parseLong(value))).orElse(OptionalLong.empty());
        return new Answer(method + " " + path, response.statusCode(), content, position);
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** An answer: its status, its JSON body, and the event log position of a command's last event when it has one. */
    record Answer(String request, int status, JsonNode body, OptionalLong position) {

        String text(String field) {
            return body.path(field).asText();
        }

        /** This answer, if its status is the expected one; else an exception naming the request and the answer. */
        Answer expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException(request + " answered " + status + " (expected " + expected + "): " + body);
            }
            return this;
        }
    }
}
