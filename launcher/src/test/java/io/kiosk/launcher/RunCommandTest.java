package io.kiosk.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run command as a person uses it: started in a terminal, stopped with Ctrl-C, started again. Its applications
 * are stand-ins that, like the real ones, still use the database while they shut down; its PostgreSQL is the
 * embedded one.
 */
class RunCommandTest {

    @TempDir
    Path directory;

    @Test
    void ctrl_c_stops_the_applications_while_the_database_still_answers_them() throws Exception {
        Path data = directory.resolve(".kiosk-data");
        try (RunCommand run = RunCommand.start(directory, data, directory.resolve("run.log"))) {
            run.ctrlC();

            assertThat(run.output())
                    .contains("[stand-in command-side] the database answered during shutdown")
                    .contains("[stand-in query-side] the database answered during shutdown")
                    .contains("[stand-in web] the database answered during shutdown")
                    .doesNotContain("the database was gone");
            assertThat(data.resolve("postgres").resolve("postmaster.pid")).as("PostgreSQL stopped too").doesNotExist();
        }
    }

    @Test
    void the_run_command_keeps_its_secrets_in_owner_only_files_prints_no_password_and_keeps_its_signing_key()
            throws Exception {
        Path data = directory.resolve(".kiosk-data");
        Path password = data.resolve("admin-password");
        Path signingKey = data.resolve("jwt-signing-key.pem");
        String key;
        try (RunCommand first = RunCommand.start(directory, data, directory.resolve("first.log"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(signingKey))).isEqualTo("rw-------");
            assertThat(first.output())
                    .doesNotContain(Files.readString(password).strip())
                    .contains("admin@kiosk.local (password in " + password + ")")
                    .contains("[stand-in command-side] listening on")
                    .contains("KIOSK_JWT_PRIVATE_KEY=" + signingKey.toUri())
                    .as("the query side is not given the private key").contains("KIOSK_JWT_PRIVATE_KEY=null");
            key = Files.readString(signingKey);
            first.ctrlC();
        }

        try (RunCommand second = RunCommand.start(directory, data, directory.resolve("second.log"))) {
            assertThat(second.output()).contains("KIOSK_JWT_PRIVATE_KEY=" + signingKey.toUri());
            assertThat(Files.readString(signingKey)).as("the same key signs after a restart").isEqualTo(key);
            second.ctrlC();
        }
    }
}
