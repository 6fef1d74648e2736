package io.kiosk.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** A plain HTTP client for tests: raw JSON in, status and JSON out, no exceptions for 4xx/5xx. */
public final class HttpClientForTests {

    private final RestClient client;
    private final String baseUrl;
    private final String token;
    private final Map<String, String> headers;
    private final ObjectMapper json = new ObjectMapper();

    public HttpClientForTests(String baseUrl) {
        this(baseUrl, null, Map.of());
    }

    private HttpClientForTests(String baseUrl, String token, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.headers = headers;
        this.client = RestClient.builder()
                .baseUrl(baseUrl)
                .requestFactory(new JdkClientHttpRequestFactory())
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .defaultHeaders(all -> headers.forEach(all::set))
                .build();
    }

    /** The same client, sending {@code Authorization: Bearer token} (or nothing, for {@code null}). */
    public HttpClientForTests as(String bearerToken) {
        return new HttpClientForTests(baseUrl, bearerToken, headers);
    }

    /** The same client, sending header {@code name} with every request. */
    public HttpClientForTests withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new HttpClientForTests(baseUrl, token, Map.copyOf(more));
    }

    public Answer send(HttpMethod method, String path, String body) {
        return send(method, path, body, token);
    }

    /** Sends with {@code Authorization: Bearer token} when a token is given. */
    public Answer send(HttpMethod method, String path, String body, String token) {
        var request = client.method(method).uri(path).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            MediaType type = response.getHeaders().getContentType();
            boolean isJson = type != null && type.getSubtype().contains("json");
            return new Answer(response.getStatusCode().value(), type == null ? null : type.toString(),
                    bytes.length == 0 ? json.nullNode() : isJson ? readJson(bytes) : json.getNodeFactory().textNode(new String(bytes)),
                    response.getHeaders().toSingleValueMap());
        });
    }

    private JsonNode readJson(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (IOException notJson) {
            throw new UncheckedIOException("answer is not JSON: " + new String(bytes), notJson);
        }
    }

    /** An HTTP answer: status, content type and JSON body. */
    public record Answer(int status, String contentType, JsonNode body, Map<String, String> headers) {

        public String text(String field) {
            return body.path(field).asText();
        }
    }
}
