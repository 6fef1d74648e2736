package io.kiosk.command.idempotency;

import io.kiosk.command.CommandSideHttpTest;
import io.kiosk.command.logposition.RequestLogPosition;
import io.kiosk.api.customer.CustomerId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the interceptor does with a key around a request, against the real {@code idempotency_key}
 * table: the cases HTTP tests cannot provoke on demand (server errors, expiry, a crashed instance).
 */
class IdempotencyInterceptorTest extends CommandSideHttpTest {

    /** Stands for an idempotent endpoint such as a payment. */
    static class PaymentEndpoint {
        @Idempotent
        void pay() {
        }
    }

    @Autowired
    IdempotencyStore keys;

    @Autowired
    RequestLogPosition positions;

    private final CustomerId customer = CustomerId.random();
    private final String key = "key-" + UUID.randomUUID();
    private IdempotencyInterceptor interceptor;
    private HandlerMethod handler;

    @BeforeEach
    void setUp() throws NoSuchMethodException {
        interceptor = new IdempotencyInterceptor(keys, positions);
        handler = new HandlerMethod(new PaymentEndpoint(), PaymentEndpoint.class.getDeclaredMethod("pay"));
        Jwt token = Jwt.withTokenValue("token").header("alg", "RS256").subject(customer.toString())
                .claim("roles", List.of("CUSTOMER")).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    private BufferedRequest request(String body) throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/payments");
        request.addHeader(Idempotent.HEADER, key);
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return new BufferedRequest(request);
    }

    private static ContentCachingResponseWrapper response() {
        return new ContentCachingResponseWrapper(new MockHttpServletResponse());
    }

    private List<Integer> storedStatuses() {
        return jdbc.queryForList("select status from command.idempotency_key where account_id = ? and client_key = ?",
                Integer.class, customer.value(), key);
    }

    @Test
    void a_server_error_leaves_no_answer_so_the_key_can_be_retried() throws Exception {
        BufferedRequest first = request("{\"amount\":1}");
        ContentCachingResponseWrapper failed = response();
        assertThat(interceptor.preHandle(first, failed, handler)).isTrue();
        failed.setStatus(503);
        interceptor.afterCompletion(first, failed, handler, null);

        assertThat(storedStatuses()).isEmpty();
        assertThat(interceptor.preHandle(request("{\"amount\":1}"), response(), handler)).isTrue();
    }

    @Test
    void an_unhandled_exception_leaves_no_answer_either() throws Exception {
        BufferedRequest first = request("{}");
        ContentCachingResponseWrapper answer = response();
        interceptor.preHandle(first, answer, handler);
        interceptor.afterCompletion(first, answer, handler, new IllegalStateException("gateway down"));

        assertThat(storedStatuses()).isEmpty();
    }

    @Test
    void a_key_whose_request_is_still_running_answers_409_with_retry_after() throws Exception {
        assertThat(interceptor.preHandle(request("{}"), response(), handler)).isTrue();

        assertThatThrownBy(() -> interceptor.preHandle(request("{}"), response(), handler))
                .isInstanceOfSatisfying(IdempotencyRefusal.class, refusal -> {
                    assertThat(refusal.getStatusCode().value()).isEqualTo(409);
                    assertThat(refusal.getBody().getType().toString()).isEqualTo("/problems/idempotency-key-in-use");
                    assertThat(refusal.getHeaders().getFirst("Retry-After")).isEqualTo("1");
                });
    }

    @Test
    void a_stored_answer_is_replayed_with_its_status_location_type_and_body() throws Exception {
        BufferedRequest first = request("{}");
        ContentCachingResponseWrapper answer = response();
        interceptor.preHandle(first, answer, handler);
        answer.setStatus(201);
        answer.setHeader("Location", "/api/payments/p-1");
        answer.setContentType("application/json");
        answer.getOutputStream().write("{\"paymentId\":\"p-1\"}".getBytes(StandardCharsets.UTF_8));
        interceptor.afterCompletion(first, answer, handler, null);

        MockHttpServletResponse replayed = new MockHttpServletResponse();
        assertThat(interceptor.preHandle(request("{}"), replayed, handler)).isFalse();

        assertThat(replayed.getStatus()).isEqualTo(201);
        assertThat(replayed.getHeader("Location")).isEqualTo("/api/payments/p-1");
        assertThat(replayed.getContentType()).isEqualTo("application/json");
        assertThat(replayed.getHeader(Idempotent.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(replayed.getContentAsString()).isEqualTo("{\"paymentId\":\"p-1\"}");
    }

    @Test
    void an_expired_key_counts_as_new_and_is_cleaned_up() throws Exception {
        BufferedRequest first = request("{}");
        ContentCachingResponseWrapper answer = response();
        interceptor.preHandle(first, answer, handler);
        answer.setStatus(201);
        interceptor.afterCompletion(first, answer, handler, null);
        jdbc.update("update command.idempotency_key set expires_at = now() - interval '1 second'"
                + " where account_id = ? and client_key = ?", customer.value(), key);

        assertThat(interceptor.preHandle(request("{\"another\":\"request\"}"), response(), handler)).isTrue();
        assertThat(storedStatuses()).containsExactly((Integer) null);

        jdbc.update("update command.idempotency_key set expires_at = now() - interval '1 second'"
                + " where account_id = ? and client_key = ?", customer.value(), key);
        assertThat(keys.deleteExpired()).isPositive();
        assertThat(storedStatuses()).isEmpty();
    }

    @Test
    void a_claim_abandoned_by_a_crashed_instance_is_taken_over_and_the_old_claim_stores_nothing() throws Exception {
        BufferedRequest crashed = request("{}");
        ContentCachingResponseWrapper lost = response();
        interceptor.preHandle(crashed, lost, handler);
        jdbc.update("update command.idempotency_key set created_at = now() - interval '6 minutes'"
                + " where account_id = ? and client_key = ?", customer.value(), key);

        assertThat(interceptor.preHandle(request("{}"), response(), handler)).isTrue();
        lost.setStatus(201);
        interceptor.afterCompletion(crashed, lost, handler, null);

        assertThat(storedStatuses()).containsExactly((Integer) null);
    }
}
