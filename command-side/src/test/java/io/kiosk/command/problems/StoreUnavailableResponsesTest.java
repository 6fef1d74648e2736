package io.kiosk.command.problems;

import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreUnavailableResponsesTest {

    private final StoreUnavailableResponses responses = new StoreUnavailableResponses();

    @Test
    void a_database_out_of_reach_is_a_503_to_send_again_not_a_500() {
        ResponseEntity<ProblemDetail> unreachable = responses.storeUnavailable(
                new DataAccessResourceFailureException("Unable to acquire JDBC Connection"));
        ResponseEntity<ProblemDetail> shutDown = responses.storeUnavailable(new EventStoreException("append failed",
                new PSQLException("terminating connection due to administrator command", PSQLState.CONNECTION_FAILURE)));

        ResponseEntity<ProblemDetail> noStatement = responses.storeUnavailable(new JdbcException("Failed to create a SQL statement",
                new PSQLException("This connection has been closed.", PSQLState.CONNECTION_DOES_NOT_EXIST)));

        ResponseEntity<ProblemDetail> closedUnderIt = responses.storeUnavailable(new JdbcException("Failed to create a SQL statement",
                new SQLRecoverableException("the connection was lost: Connection is closed", "08003")));

        for (ResponseEntity<ProblemDetail> answer : List.of(unreachable, shutDown, noStatement, closedUnderIt)) {
            assertThat(answer.getStatusCode().value()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
            assertThat(answer.getBody().getType().toString()).isEqualTo("/problems/store-unavailable");
        }
    }

    @Test
    void any_other_database_failure_stays_a_server_fault() {
        DuplicateKeyException bug = new DuplicateKeyException("duplicate key value violates unique constraint");

        assertThatThrownBy(() -> responses.storeUnavailable(bug)).isSameAs(bug);
    }

    @Test
    void a_failure_is_told_by_its_type_and_sql_state_not_by_the_words_of_its_message() {
        JdbcException saysNothing = new JdbcException("Failed to create a SQL statement", new SQLException("Connection is closed"));

        assertThatThrownBy(() -> responses.storeUnavailable(saysNothing)).isSameAs(saysNothing);
    }
}
