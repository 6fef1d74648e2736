package io.kiosk.infra.embedded;

/**
 * What an embedded server does when the JVM exits while it is still running. The JVM runs all shutdown hooks at
 * once, in no order, so a server with a hook of its own may stop while the applications that use it are still
 * shutting down; an owner that stops several things in order (the run command: applications first, then
 * Elasticsearch, then PostgreSQL) takes the stop into its own hook.
 */
public enum AtJvmExit {

    /** The server stops itself from a shutdown hook of its own: for tests and tools that may forget to close it. */
    STOP_ITSELF,

    /** The server registers no hook: its owner closes it, from the owner's own shutdown hook. */
    LEAVE_TO_OWNER
}
