package io.kiosk.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The query side's own database role on the run command's embedded PostgreSQL ({@value #NAME}), and the web app's
 * ({@value #WEB}, which may create its own schema), made by the
 * launcher, which connects as the server's superuser before either application starts. The event store's
 * migrations (run by the command side) grant it what it may do: read the event store, create its own schemas.
 *
 * <p>A data directory from before the query side had a role of its own holds schemas {@code query} and
 * {@code analytics} owned by the command side's role; they are handed over, so that the query side migrates and
 * writes them as before. The embedded server trusts local connections, so the role needs no password.
 */
final class QueryDatabaseRole {

    static final String NAME = "kiosk_query";
    /** The web app's own role: it makes its own schema ({@code web}, its sessions) and nothing else. */
    static final String WEB = "kiosk_web";
    private static final String[] OWN_SCHEMAS = {"query", "analytics"};

    private QueryDatabaseRole() {
    }

    static void prepare(Database superuser) {
        try (Connection connection = DriverManager.getConnection(superuser.jdbcUrl(), superuser.username(), superuser.password());
             Statement sql = connection.createStatement()) {
            sql.execute(role(NAME));
            for (String schema : OWN_SCHEMAS) {
                sql.execute(handOver(schema));
            }
            sql.execute(role(WEB));
            sql.execute("DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO " + WEB + "', current_database()); END $$");
        } catch (SQLException failed) {
            throw new IllegalStateException("could not prepare the database roles " + NAME + " and " + WEB + ": " + failed.getMessage(),
                    failed);
        }
    }

    /** A login role without a password (the embedded server trusts local connections), unless it exists. */
    private static String role(String name) {
        return """
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                        CREATE ROLE %1$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
                    END IF;
                END
                $$""".formatted(name);
    }

    /** The schema and every table, view and free-standing sequence in it, to the query side's role. */
    private static String handOver(String schema) {
        return """
                DO $$
                DECLARE
                    relation RECORD;
                BEGIN
                    IF EXISTS (SELECT FROM pg_namespace WHERE nspname = '%1$s' AND nspowner <> '%2$s'::regrole) THEN
                        ALTER SCHEMA %1$s OWNER TO %2$s;
                        FOR relation IN SELECT c.oid::regclass AS name, c.relkind AS kind FROM pg_class c
                                JOIN pg_namespace n ON n.oid = c.relnamespace
                                WHERE n.nspname = '%1$s' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                                AND c.relowner <> '%2$s'::regrole
                                AND NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d
                                    WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))) LOOP
                            EXECUTE format('ALTER %%s %%s OWNER TO %2$s', CASE relation.kind WHEN 'v' THEN 'VIEW'
                                WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, relation.name);
                        END LOOP;
                    END IF;
                END
                $$""".formatted(schema, NAME);
    }
}
