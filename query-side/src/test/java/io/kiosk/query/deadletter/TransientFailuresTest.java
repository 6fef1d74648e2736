package io.kiosk.query.deadletter;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.serialization.SerializationException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures of a projection are the store's passing trouble (retried) and which are the event's (parked). */
class TransientFailuresTest {

    private static ElasticsearchException elasticsearch(int status, String type) {
        return new ElasticsearchException("index", ErrorResponse.of(e -> e.status(status)
                .error(ErrorCause.of(c -> c.type(type).reason(type)))));
    }

    @Test
    void a_payload_that_cannot_be_read_is_the_events_fault_although_jackson_fails_with_an_io_exception() {
        JsonMappingException unreadable = JsonMappingException.from((JsonParser) null, "not an order id");

        assertThat(unreadable).isInstanceOf(IOException.class);
        assertThat(TransientFailures.isTransient(new SerializationException("Error while deserializing payload", unreadable))).isFalse();
        assertThat(TransientFailures.isTransient(unreadable)).isFalse();
    }

    @Test
    void postgresql_unreachable_busy_or_locked_is_transient() {
        assertThat(TransientFailures.isTransient(new CannotGetJdbcConnectionException("pool exhausted"))).isTrue();
        assertThat(TransientFailures.isTransient(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(TransientFailures.isTransient(new CannotAcquireLockException("lock timeout"))).isTrue();
        assertThat(TransientFailures.isTransient(new QueryTimeoutException("statement timeout"))).isTrue();
        assertThat(TransientFailures.isTransient(new JdbcException("token not stored",
                new PSQLException("connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT)))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("could not obtain lock", "55P03"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
    }

    @Test
    void elasticsearch_unreachable_overloaded_or_failing_is_transient() {
        assertThat(TransientFailures.isTransient(new UncheckedIOException("unreachable", new ConnectException("refused")))).isTrue();
        assertThat(TransientFailures.isTransient(elasticsearch(503, "unavailable_shards_exception"))).isTrue();
        assertThat(TransientFailures.isTransient(elasticsearch(429, "es_rejected_execution_exception"))).isTrue();
    }

    @Test
    void what_the_event_says_or_a_bug_is_not_transient() {
        assertThat(TransientFailures.isTransient(new DataIntegrityViolationException("value too long for type character varying(40)",
                new SQLException("value too long", "22001")))).isFalse();
        assertThat(TransientFailures.isTransient(new BadSqlGrammarException("insert", "INSERT INTO nowhere",
                new SQLException("relation does not exist", "42P01")))).isFalse();
        assertThat(TransientFailures.isTransient(elasticsearch(400, "strict_dynamic_mapping_exception"))).isFalse();
        assertThat(TransientFailures.isTransient(new NullPointerException("label"))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("quantity must be at least 1"))).isFalse();
    }

    @Test
    void a_failure_wrapped_by_the_processor_or_the_store_is_judged_by_its_cause() {
        assertThat(TransientFailures.isTransient(new RuntimeException("wrapped", elasticsearch(400, "mapper_parsing_exception"))))
                .isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("handler failed",
                new JdbcException("wrapped", new CannotAcquireLockException("lock timeout"))))).isTrue();
    }
}
