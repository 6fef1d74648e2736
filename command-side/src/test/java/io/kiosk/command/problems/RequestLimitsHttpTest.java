package io.kiosk.command.problems;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.command.CommandSideHttpTest;
import io.kiosk.command.HttpClientForTests.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * What any caller can make the command side read and show: no request body past 1 MiB, whether it says its length
 * or not (413 problem details), no body of a content type no reader takes (415, not a 500), and of its health only UP or DOWN unless the caller is an administrator.
 */
class RequestLimitsHttpTest extends CommandSideHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A registration whose name is {@code bytes} long: JSON the endpoint would read, were it not so large. */
    private static String registrationOf(int bytes) {
        return "{\"email\":\"big@example.com\",\"phone\":\"+8613800138000\",\"password\":\"a long secret phrase\",\"name\":\""
                + "x".repeat(bytes) + "\"}";
    }

    private HttpResponse<String> postUnsized(String path, String body, String... headers) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json")
                // a stream of unknown length: sent chunked, without Content-Length
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_body_that_declares_more_than_a_mebibyte_is_refused_before_it_is_read() {
        Answer answer = anonymous().send(POST, "/api/customers/registrations", registrationOf(2 * 1024 * 1024));

        assertProblem(answer, 413, "request-too-large", null);
        assertThat(answer.text("detail")).isEqualTo("the request body is larger than the 1 MiB this endpoint reads");
    }

    @Test
    void a_body_sent_without_its_length_stops_being_read_at_a_mebibyte() throws Exception {
        HttpResponse<String> answer = postUnsized("/api/customers/registrations", registrationOf(3 * 1024 * 1024));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("/problems/request-too-large");
    }

    @Test
    void an_idempotency_key_on_an_endpoint_that_keeps_none_buys_no_buffering_of_a_large_body() throws Exception {
        HttpResponse<String> anonymous = postUnsized("/api/customers/registrations", registrationOf(3 * 1024 * 1024),
                "Idempotency-Key", "big-body-1");
        HttpResponse<String> idempotent = postUnsized("/api/carts", "x".repeat(3 * 1024 * 1024),
                "Idempotency-Key", "big-body-2", "Authorization", "Bearer " + newCustomerToken());

        assertThat(anonymous.statusCode()).isEqualTo(413);
        assertThat(idempotent.statusCode()).as("an @Idempotent route reads the body up front, within the limit too").isEqualTo(413);
        assertThat(idempotent.body()).contains("/problems/request-too-large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"multipart/form-data", "*/*", "application/*",
            "application/json; charset=nope", "text/html; charset=\""})
    void a_body_of_a_content_type_no_reader_takes_answers_415_not_500(String contentType) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/customers/registrations"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(registrationOf(10))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).doesNotContain("Exception");
    }

    @Test
    void a_put_with_a_form_body_whose_escapes_are_broken_is_refused_not_a_500() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/products/ks-lamp"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString("definition=%zz&x=%")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
    }

    @Test
    void a_body_under_the_limit_is_read_as_ever() {
        Answer answer = anonymous().send(POST, "/api/customers/registrations", registrationOf(200 * 1024));

        assertProblem(answer, 400, "invalid-request", "name");
    }

    @Test
    void a_request_the_firewall_refuses_is_a_problem_too() {
        Answer answer = newCustomer().send(GET, "/api/refunds;jsessionid=0", null);

        assertProblem(answer, 400, "request-rejected", null);
    }

    @Test
    void anyone_sees_whether_the_command_side_is_up_and_only_an_administrator_sees_its_parts() {
        Answer anonymous = anonymous().send(GET, "/actuator/health", null);
        Answer customer = newCustomer().send(GET, "/actuator/health", null);
        Answer admin = anonymous().as(tokens().forAccount(CustomerId.random(), Role.ADMIN)).send(GET, "/actuator/health", null);

        // the test profile has no mail server: the whole may be DOWN, which anyone may know
        assertThat(anonymous.text("status")).isIn("UP", "DOWN");
        assertThat(anonymous.body().has("components")).isFalse();
        assertThat(customer.body().has("components")).isFalse();
        assertThat(admin.body().path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(admin.body().path("components").path("db").path("details").has("database")).isTrue();
    }
}
