package io.kiosk.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A plain HTTP client for tests: a bearer token (or none) in; status, headers, raw text and JSON
 * out; no exceptions for 4xx/5xx and no following of redirects.
 */
public final class HttpClientForTests {

    private final RestClient client;
    private final String baseUrl;
    private final ObjectMapper json = new ObjectMapper();

    public HttpClientForTests(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = RestClient.builder()
                .baseUrl(baseUrl)
                .requestFactory(new JdkClientHttpRequestFactory())
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    public Answer get(String path, String token) {
        return send(HttpMethod.GET, path, token);
    }

    /**
     * Gets {@code path} exactly as written, already percent-encoded: a {@code +} meant as a plus (an offset,
     * a phone number) must be sent as {@code %2B}, which {@link #get} would encode once more.
     */
    public Answer getEncoded(String path, String token) {
        var request = client.get().uri(URI.create(baseUrl + path));
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange((req, response) -> answer(response));
    }

    /** A GET that asks for the answer in {@code accept} (as {@code Accept: text/csv}). */
    public Answer get(String path, String token, MediaType accept) {
        return client.get().uri(path)
                .headers(headers -> {
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                    headers.setAccept(List.of(accept));
                })
                .exchange((req, response) -> answer(response));
    }

    /** Posts {@code json} as the request body. */
    public Answer post(String path, String token, String json) {
        return send(HttpMethod.POST, path, token, json);
    }

    public Answer send(HttpMethod method, String path, String token) {
        return send(method, path, token, null);
    }

    /** Sends {@code json} as the request body, unless it is {@code null}. */
    public Answer send(HttpMethod method, String path, String token, String json) {
        var request = client.method(method).uri(path);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return request.exchange((req, response) -> answer(response));
    }

    private Answer answer(ClientHttpResponse response) throws IOException {
        String text = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
        MediaType type = response.getHeaders().getContentType();
        return new Answer(response.getStatusCode().value(), type == null ? null : type.toString(),
                response.getHeaders(), text, parse(text, type));
    }

    private JsonNode parse(String text, MediaType type) {
        if (text.isEmpty() || type == null || !type.getSubtype().contains("json")) {
            return json.nullNode();
        }
        try {
            return json.readTree(text);
        } catch (IOException notJson) {
            return json.nullNode();
        }
    }

    /** An HTTP answer: status, content type, headers, the body as sent and as JSON (if it is JSON). */
    public record Answer(int status, String contentType, HttpHeaders headers, String text, JsonNode body) {

        public String field(String name) {
            return body.path(name).asText();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + text;
        }
    }
}
