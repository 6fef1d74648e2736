package io.kiosk.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What to start and where.
 *
 * @param commandSideJar   the command side's runnable jar
 * @param querySideJar     the query side's runnable jar
 * @param webJar           the web app's runnable jar, or empty to run the APIs alone (the benchmark)
 * @param commandPort      the command API's port
 * @param queryPort        the query API's port
 * @param webPort          the web app's port
 * @param database         an existing PostgreSQL to use, or empty to start an embedded one
 * @param elasticsearchUrl an existing Elasticsearch to use, or empty to start an embedded one
 * @param dataDirectory    where embedded servers keep their data
 * @param persistent       whether embedded data survives a restart (the local run) or not (tests)
 * @param logDirectory     where the applications write their logs, or empty for this console
 * @param localMail        whether to catch mails in a local SMTP server (else the apps' configured one)
 * @param onMail           what to do with each caught mail (print it, say), or {@code null}
 * @param admin            the administrator to bootstrap, if any
 * @param environment      more environment for the applications (settings of a benchmark, say); wins over the rest
 * @param restarts         how often an application that dies is started again before the whole system stops
 */
public record KioskSettings(Path commandSideJar,
                            Path querySideJar,
                            Optional<Path> webJar,
                            int commandPort,
                            int queryPort,
                            int webPort,
                            Optional<Database> database,
                            Optional<String> elasticsearchUrl,
                            Path dataDirectory,
                            boolean persistent,
                            Optional<Path> logDirectory,
                            boolean localMail,
                            Consumer<LocalMailbox.Mail> onMail,
                            Optional<Admin> admin,
                            Map<String, String> environment,
                            Restarts restarts) {

    public KioskSettings {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(restarts, "restarts");
    }

    /** Settings with the usual restart budget ({@link Restarts#DEFAULT}). */
    public KioskSettings(Path commandSideJar, Path querySideJar, Optional<Path> webJar, int commandPort, int queryPort,
                         int webPort, Optional<Database> database, Optional<String> elasticsearchUrl, Path dataDirectory,
                         boolean persistent, Optional<Path> logDirectory, boolean localMail,
                         Consumer<LocalMailbox.Mail> onMail, Optional<Admin> admin, Map<String, String> environment) {
        this(commandSideJar, querySideJar, webJar, commandPort, queryPort, webPort, database, elasticsearchUrl,
                dataDirectory, persistent, logDirectory, localMail, onMail, admin, environment, Restarts.DEFAULT);
    }

    /** The same settings with another restart budget. */
    public KioskSettings withRestarts(Restarts budget) {
        return new KioskSettings(commandSideJar, querySideJar, webJar, commandPort, queryPort, webPort, database,
                elasticsearchUrl, dataDirectory, persistent, logDirectory, localMail, onMail, admin, environment, budget);
    }

    Path logFile(String application) {
        return logDirectory.map(directory -> directory.resolve(application + ".log")).orElse(null);
    }

    /** The first administrator's credentials. */
    public record Admin(String email, String password) {
    }

    /**
     * How often the launcher starts a dead application again: at most {@code max} restarts within {@code within};
     * one more death in that time stops the whole system (an application that keeps dying needs a person).
     */
    public record Restarts(int max, Duration within) {

        /** Three restarts within ten minutes. */
        public static final Restarts DEFAULT = new Restarts(3, Duration.ofMinutes(10));

        public Restarts {
            if (max < 0) {
                throw new IllegalArgumentException("max must not be negative");
            }
            Objects.requireNonNull(within, "within");
        }
    }
}
