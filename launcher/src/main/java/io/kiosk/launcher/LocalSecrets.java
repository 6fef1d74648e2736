package io.kiosk.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** Secrets the local run makes up once and keeps beside its data, never in the repository. */
final class LocalSecrets {

    private LocalSecrets() {
    }

    /** The local administrator's password: generated on first run, read back afterwards. */
    static String adminPassword(Path dataDirectory) {
        Path file = dataDirectory.resolve("admin-password");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(dataDirectory);
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, password);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return password;
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot keep the local admin password in " + file, unwritable);
        }
    }
}
