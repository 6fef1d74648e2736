package io.kiosk.bench.bareaxon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * What Axon Framework alone costs, for the benchmark to compare Kiosk's commands with (bench code, not product code):
 * a minimal Spring Boot and Axon 4.13 application with one aggregate ({@link BareCart}: open a cart, add an item),
 * its commands over HTTP ({@link BareCartController}), Axon's {@link JdbcEventStorageEngine} with Jackson on the same
 * PostgreSQL as Kiosk (schema {@code bare_axon}, made afresh at each start), and no event processors at all: the
 * framework's own work per command (load the aggregate from its events, handle, append, commit) plus Spring MVC.
 */
@SpringBootApplication
public class BareAxon {

    static final String SCHEMA = "bare_axon";

    /** Starts it on a free port against {@code jdbcUrl}; the caller closes it. */
    public static Running start(String jdbcUrl, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            sql.execute("CREATE SCHEMA " + SCHEMA);
        }
        // no phoning home from the benchmark, as Kiosk's applications do not
        System.setProperty("axoniq.update-checker.disabled", "true");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BareAxon.class).properties(Map.of(
                "server.port", "0",
                "spring.main.banner-mode", "off",
                "spring.datasource.url", jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
                "spring.datasource.username", user,
                "spring.datasource.password", password,
                "axon.axonserver.enabled", "false",
                "axon.serializer.general", "jackson",
                "axon.serializer.events", "jackson",
                "logging.level.root", "WARN")).run();
        int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
        return new Running(context, URI.create("http://localhost:" + port));
    }

    /** The running application and where it answers. */
    public record Running(ConfigurableApplicationContext context, URI base) implements AutoCloseable {
        @Override
        public void close() {
            context.close();
        }
    }

    /** Axon's JDBC storage with its default tables, made here in this application's schema. */
    @Bean
    EventStorageEngine eventStorageEngine(DataSource dataSource, TransactionManager transactions,
                                          PersistenceExceptionResolver persistenceExceptions) throws SQLException {
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                .transactionManager(transactions)
                .persistenceExceptionResolver(persistenceExceptions)
                .eventSerializer(JacksonSerializer.defaultSerializer())
                .snapshotSerializer(JacksonSerializer.defaultSerializer())
                .build();
        engine.createSchema(PostgresEventTableFactory.INSTANCE);
        return engine;
    }
}
