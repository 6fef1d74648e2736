package io.kiosk.eventstore;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A connection of HikariCP's pool whose PostgreSQL session ends under a transaction (as in a restart: here the session
 * is terminated from another connection) against the real PostgreSQL of the tests.
 */
class ClosedConnectionStatesTest {

    private final HikariDataSource pool = pool();

    private static HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(TestEventStores.URL);
        config.setUsername(TestEventStores.USER);
        config.setPassword(TestEventStores.PASSWORD);
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    @AfterEach
    void closeThePool() {
        pool.close();
    }

    @Test
    void the_next_call_on_a_connection_the_pool_closed_under_a_transaction_fails_with_the_sql_state_of_a_lost_connection()
            throws SQLException {
        SQLException alone = nextCallAfterTheSessionEnded(pool);
        SQLException stated = nextCallAfterTheSessionEnded(new ClosedConnectionStates(pool));

        assertThat(alone.getSQLState()).as("HikariCP alone says it in words only: " + alone.getMessage()).isNull();
        assertThat((Throwable) stated).isInstanceOf(SQLRecoverableException.class);
        assertThat(stated.getCause()).hasMessage(alone.getMessage());
        assertThat(stated.getSQLState()).isEqualTo(ClosedConnectionStates.CONNECTION_DOES_NOT_EXIST);
    }

    @Test
    void a_failure_of_a_connection_that_is_still_open_passes_unchanged() throws SQLException {
        try (Connection connection = new ClosedConnectionStates(pool).getConnection(); Statement sql = connection.createStatement()) {
            SQLException mistake = catchThrowableOfType(SQLException.class, () -> sql.execute("SELEC 1"));

            assertThat(mistake.getSQLState()).as("syntax error").isEqualTo("42601");
            assertThat(connection.isClosed()).isFalse();
        }
    }

    /** Begins a transaction, ends its session from another connection, lets the pool see it, and calls again. */
    private static SQLException nextCallAfterTheSessionEnded(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int session;
            try (Statement sql = connection.createStatement(); ResultSet pid = sql.executeQuery("SELECT pg_backend_pid()")) {
                pid.next();
                session = pid.getInt(1);
            }
            try (Connection other = TestEventStores.connect(); Statement sql = other.createStatement()) {
                sql.execute("SELECT pg_terminate_backend(" + session + ")");
            }
            assertThatThrownBy(() -> connection.createStatement().execute("SELECT 1"))
                    .as("the first failure, which the pool sees (state 57P01 or class 08)").isInstanceOf(SQLException.class);
            return catchThrowableOfType(SQLException.class, () -> connection.prepareStatement("SELECT 1"));
        }
    }
}
