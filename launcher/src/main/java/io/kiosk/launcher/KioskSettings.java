package io.kiosk.launcher;

import java.nio.file.Path;
import java.util.Map;
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
                            Map<String, String> environment) {

    public KioskSettings {
        environment = Map.copyOf(environment);
    }

    Path logFile(String application) {
        return logDirectory.map(directory -> directory.resolve(application + ".log")).orElse(null);
    }

    /** The first administrator's credentials. */
    public record Admin(String email, String password) {
    }
}
