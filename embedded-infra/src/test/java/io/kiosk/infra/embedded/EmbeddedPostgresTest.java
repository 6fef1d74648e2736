package io.kiosk.infra.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Connects over JDBC with the URL and credentials the embedded server reports, as an application would. */
class EmbeddedPostgresTest {

    @Test
    void storesRowsInTheKioskDatabaseAndKeepsThemAcrossRestarts(@TempDir Path parent) throws SQLException {
        Path dataDirectory = parent.resolve("pg");

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory);
             Connection connection = connect(postgres)) {
            System.out.println("Embedded PostgreSQL (initdb) started in " + postgres.startupTime().toMillis() + " ms at "
                + postgres.jdbcUrl());
            assertThat(postgres.jdbcUrl()).startsWith("jdbc:postgresql://localhost:").endsWith("/kiosk");
            assertThat(currentDatabase(connection)).isEqualTo("kiosk");
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE product (sku TEXT PRIMARY KEY, name TEXT NOT NULL)");
            }
            insert(connection, "CHG-1", "无线充电器");
        }

        try (EmbeddedPostgres restarted = EmbeddedPostgres.start(dataDirectory);
             Connection connection = connect(restarted)) {
            System.out.println("Embedded PostgreSQL (existing data) started in " + restarted.startupTime().toMillis() + " ms");
            insert(connection, "KEY-1", "Brass door key");
            assertThat(names(connection)).containsExactly("无线充电器", "Brass door key");
        }
    }

    @Test
    void startsOnATemporaryDataDirectory() throws SQLException {
        try (EmbeddedPostgres first = EmbeddedPostgres.start();
             EmbeddedPostgres second = EmbeddedPostgres.start();
             Connection connection = connect(second)) {
            assertThat(second.port()).isNotEqualTo(first.port());
            assertThat(currentDatabase(connection)).isEqualTo("kiosk");
        }
    }

    private static Connection connect(EmbeddedPostgres postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
    }

    private static String currentDatabase(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT current_database()")) {
            result.next();
            return result.getString(1);
        }
    }

    private static void insert(Connection connection, String sku, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO product (sku, name) VALUES (?, ?)")) {
            insert.setString(1, sku);
            insert.setString(2, name);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    private static List<String> names(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT name FROM product ORDER BY sku")) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        return names;
    }
}
