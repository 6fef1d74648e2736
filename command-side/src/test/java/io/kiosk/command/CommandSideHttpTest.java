package io.kiosk.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.catalog.BackOfficeClient;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side as it runs, on a random port against the real PostgreSQL, with the payment providers as the
 * test profile leaves them (no merchant accounts). Every test class that extends this one and configures nothing
 * of its own shares one application context; {@link SandboxHttpTest} is the other shared one. A subclass that does
 * configure something (properties, {@code @DynamicPropertySource}) gets a context of its own, and since only one
 * context lives at a time (the test resources' {@code spring.properties}: each live context runs its own Axon
 * processors), every such class costs a start of the application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class CommandSideHttpTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected JwtEncoder encoder;

    @Autowired
    protected ObjectMapper json;

    @Autowired
    protected EventStore store;

    @Autowired
    protected CommandGateway commands;

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Tokens signed with the application's own key. */
    protected TestTokens tokens() {
        return new TestTokens(encoder);
    }

    /** An access token of a new customer, who owns nothing yet. */
    protected String newCustomerToken() {
        return tokens().forAccount(CustomerId.random(), Role.CUSTOMER);
    }

    /** A client without a login. */
    protected HttpClientForTests anonymous() {
        return new HttpClientForTests(baseUrl());
    }

    /** A client logged in as a new customer. */
    protected HttpClientForTests newCustomer() {
        return anonymous().as(newCustomerToken());
    }

    /** A back-office employee of their own (a new account). */
    protected BackOfficeClient newBackOffice() {
        return new BackOfficeClient(baseUrl(), encoder, json);
    }

    /** The answer is a problem detail of this status and type, with a message and, unless {@code null}, this field at fault. */
    protected static void assertProblem(Answer answer, int status, String type, String field) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text("type")).isEqualTo("/problems/" + type);
        assertThat(answer.text("detail")).isNotBlank();
        if (field != null) {
            assertThat(answer.text("field")).isEqualTo(field);
        }
    }
}
