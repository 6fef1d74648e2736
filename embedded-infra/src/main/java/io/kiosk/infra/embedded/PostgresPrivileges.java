package io.kiosk.infra.embedded;

import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * Checks, before anything is extracted or started, that PostgreSQL will not be run as root.
 *
 * <p>Why: {@code initdb} and {@code postgres} exit with "cannot be run as root". As root, zonky runs them under
 * {@code unshare -U} (a user namespace in which they are not root); when user namespaces are unavailable (e.g. a
 * container whose seccomp profile forbids them, or {@code user.max_user_namespaces=0}), starting would only fail
 * later with PostgreSQL's own, less helpful message. This turns that into one clear instruction.
 */
final class PostgresPrivileges {

    /** What to do when no embedded PostgreSQL can be started. */
    static final String USE_EXISTING_DATABASE = "To use an existing PostgreSQL instead, set KIOSK_DB_URL "
        + "(a JDBC URL, e.g. jdbc:postgresql://localhost:5432/kiosk), KIOSK_DB_USER and KIOSK_DB_PASSWORD.";

    private PostgresPrivileges() {
    }

    /** @throws EmbeddedInfrastructureException if this JVM is root and PostgreSQL cannot be started as another user */
    static void requireUnprivilegedExecution() {
        if (isRoot() && !LinuxUtils.isUnshareAvailable()) {
            throw new EmbeddedInfrastructureException("Embedded PostgreSQL cannot run here: this JVM runs as root, "
                + "PostgreSQL refuses to run as root, and 'unshare -U' (a user namespace, used to run it as an "
                + "unprivileged user) is not available. Run as a non-root user, or: " + USE_EXISTING_DATABASE);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
