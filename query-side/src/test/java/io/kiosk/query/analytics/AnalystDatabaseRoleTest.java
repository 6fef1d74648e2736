package io.kiosk.query.analytics;

import io.kiosk.query.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The read-only database role analysts log in with ({@code kiosk_analyst}, made by {@code .ci/postgres.sh}): it
 * reads every table and view of schema {@code analytics} and nothing else, and writes nothing. Runs against the
 * application's own database, migrated by the query side the analytics tests start.
 */
class AnalystDatabaseRoleTest extends AnalyticsHttpTest {

    private static final String ANALYST = env("KIOSK_ANALYST_USER", "kiosk_analyst");
    private static final String PASSWORD = env("KIOSK_ANALYST_PASSWORD", "kiosk_analyst");

    private static Connection asAnalyst() throws SQLException {
        try {
            return DriverManager.getConnection(TestDatabase.URL, ANALYST, PASSWORD);
        } catch (SQLException noRole) {
            throw new IllegalStateException("the analysts' role " + ANALYST + " cannot log in to " + TestDatabase.URL
                    + ": run .ci/postgres.sh (or set KIOSK_ANALYST_USER and KIOSK_ANALYST_PASSWORD)", noRole);
        }
    }

    private static long count(Statement sql, String relation) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM " + relation)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void the_analyst_reads_every_table_and_view_of_the_analytics_schema() throws SQLException {
        try (Connection connection = asAnalyst(); Statement sql = connection.createStatement()) {
            for (String relation : new String[] {"cart_fact", "order_fact", "order_line_fact", "payment_fact", "product_fact",
                    "refund_fact", "refund_line_fact", "sale_line", "refund_line", "daily_sales", "funnel_daily",
                    "payment_method_daily", "hourly_orders"}) {
                assertThat(count(sql, "analytics." + relation)).as(relation).isNotNegative();
            }
            assertThat(count(sql, "analytics.order_fact")).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void the_analyst_reads_nothing_that_holds_personal_data() throws SQLException {
        try (Connection connection = asAnalyst(); Statement sql = connection.createStatement()) {
            for (String relation : new String[] {"query.order_tracking", "query.customer_profile", "query.token_entry"}) {
                assertThatThrownBy(() -> count(sql, relation)).as(relation)
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void the_analyst_changes_nothing_in_analytics() throws SQLException {
        try (Connection connection = asAnalyst(); Statement sql = connection.createStatement()) {
            sql.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE"); // past the role's read-only default
            for (String change : new String[] {
                    "DELETE FROM analytics.order_fact",
                    "UPDATE analytics.payment_fact SET amount = 0",
                    "INSERT INTO analytics.product_fact VALUES ('ks-x', 'x', 'x', 'x', 0)",
                    "TRUNCATE analytics.cart_fact",
                    "CREATE TABLE analytics.scratch (id INT)",
                    "CREATE VIEW analytics.mine AS SELECT 1 AS one"}) {
                assertThatThrownBy(() -> sql.execute(change)).as(change)
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
