package io.kiosk.query;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.api.order.OrderId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side while the command side, which publishes the keys that sign access tokens, has
 * never been reachable: it starts and stays healthy, and answers a token it cannot check yet with
 * a 503 to retry, never a 500 and never a 401 that would send the customer to log in again.
 * (An application of its own, closed afterwards, since its key set is somewhere else.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class CommandSideDownTest {

    /** Its keys are never published: nothing listens where the query side looks for them. */
    private static final IdentityStandIn unreachable = new IdentityStandIn();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        QuerySideHttpTest.infrastructure(properties, unreachable.keySetUri());
    }

    @LocalServerPort
    private int port;

    private HttpClientForTests http;

    @BeforeEach
    void client() {
        http = new HttpClientForTests("http://localhost:" + port);
    }

    @Test
    void the_query_side_starts_and_reports_itself_alive() {
        assertThat(http.get("/actuator/health/liveness", null).status()).isEqualTo(200);
    }

    @Test
    void tokens_that_cannot_be_checked_yet_are_answered_with_a_503_problem_to_retry() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            var answer = http.get("/api/orders/" + OrderId.random(), unreachable.accessToken(CustomerId.random(), Role.CUSTOMER));

            assertThat(answer.status()).as("attempt %d: %s", attempt, answer).isEqualTo(503);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.field("type")).isEqualTo("/problems/token-check-unavailable");
            assertThat(answer.headers().getFirst("Retry-After")).isEqualTo("30");
        }
    }

    @Test
    void a_request_without_a_token_is_still_a_401() {
        assertThat(http.get("/api/orders/" + OrderId.random(), null).status()).isEqualTo(401);
    }
}
