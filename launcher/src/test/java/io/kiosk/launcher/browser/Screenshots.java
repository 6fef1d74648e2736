package io.kiosk.launcher.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the browser suite writes its screenshots: {@code kiosk.screenshots} (the launcher's build: web/target/screenshots). */
final class Screenshots {

    private Screenshots() {
    }

    static Path directory() {
        Path directory = Path.of(System.getProperty("kiosk.screenshots", "target/screenshots"));
        try {
            return Files.createDirectories(directory);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
