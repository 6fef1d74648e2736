package io.kiosk.infra.embedded;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The database roles the tests log in with, named by the variables the tests and {@code .ci/postgres.sh} read:
 * {@code KIOSK_DB_USER} / {@code KIOSK_DB_PASSWORD} (default {@code kiosk} / {@code kiosk}), the query side's
 * {@code KIOSK_QUERY_DB_USER} / {@code KIOSK_QUERY_DB_PASSWORD} (default {@code kiosk_query} for both), the web
 * app's {@code KIOSK_WEB_DB_USER} / {@code KIOSK_WEB_DB_PASSWORD} (default {@code kiosk_web} for both) and
 * {@code KIOSK_ANALYST_USER} / {@code KIOSK_ANALYST_PASSWORD} (default {@code kiosk_analyst} for both).
 */
record TestDatabaseRoles(String user, String password, String queryUser, String queryPassword, String webUser,
                         String webPassword, String analystUser, String analystPassword) {

    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    TestDatabaseRoles {
        requireRoleName(user, "KIOSK_DB_USER");
        requireRoleName(queryUser, "KIOSK_QUERY_DB_USER");
        requireRoleName(webUser, "KIOSK_WEB_DB_USER");
        requireRoleName(analystUser, "KIOSK_ANALYST_USER");
    }

    static TestDatabaseRoles fromEnvironment() {
        return new TestDatabaseRoles(env("KIOSK_DB_USER", "kiosk"), env("KIOSK_DB_PASSWORD", "kiosk"),
            env("KIOSK_QUERY_DB_USER", "kiosk_query"), env("KIOSK_QUERY_DB_PASSWORD", "kiosk_query"),
            env("KIOSK_WEB_DB_USER", "kiosk_web"), env("KIOSK_WEB_DB_PASSWORD", "kiosk_web"),
            env("KIOSK_ANALYST_USER", "kiosk_analyst"), env("KIOSK_ANALYST_PASSWORD", "kiosk_analyst"));
    }

    private static void requireRoleName(String name, String variable) {
        if (!ROLE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(variable + " must be a plain lower-case role name, not '" + name + "'");
        }
    }

    /**
     * What {@code .ci/postgres.sh} does on a new server: the application's role, which may create databases and owns
     * {@code database} and {@code <database>_test}, the query side's role (granted what it may do by the event
     * store's migrations), the web app's (which may create its own schema in both) and the analysts' role, read-only
     * by default.
     */
    List<String> statementsFor(String database) {
        return List.of(
            "CREATE ROLE " + user + " LOGIN CREATEDB PASSWORD " + literal(password),
            "CREATE ROLE " + queryUser + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD " + literal(queryPassword),
            "CREATE ROLE " + analystUser + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD " + literal(analystPassword),
            "ALTER ROLE " + analystUser + " SET default_transaction_read_only = on",
            "CREATE ROLE " + webUser + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD " + literal(webPassword),
            "ALTER DATABASE " + database + " OWNER TO " + user,
            "CREATE DATABASE " + database + "_test OWNER " + user,
            "GRANT CREATE ON DATABASE " + database + " TO " + webUser,
            "GRANT CREATE ON DATABASE " + database + "_test TO " + webUser);
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
