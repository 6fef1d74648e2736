package io.kiosk.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A plain HTTP client for tests: raw JSON in, status and JSON out, no exceptions for 4xx/5xx. */
public final class HttpClientForTests {

    private final RestClient client;
    private final ObjectMapper json = new ObjectMapper();

    public HttpClientForTests(String baseUrl) {
        this.client = RestClient.builder()
                .baseUrl(baseUrl)
                .requestFactory(new JdkClientHttpRequestFactory())
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    public Answer send(HttpMethod method, String path, String body) {
        var request = client.method(method).uri(path).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            MediaType type = response.getHeaders().getContentType();
            return new Answer(response.getStatusCode().value(), type == null ? null : type.toString(),
                    bytes.length == 0 ? json.nullNode() : readJson(bytes));
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
    public record Answer(int status, String contentType, JsonNode body) {

        public String text(String field) {
            return body.path(field).asText();
        }
    }
}
