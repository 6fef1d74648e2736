package io.kiosk.launcher;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * Runnable jars of the {@link StandInApp}s, made at test time: a manifest naming the main class, with this test run's
 * class path as its {@code Class-Path}, so that {@code java -jar} runs the stand-in (and finds the PostgreSQL driver).
 */
final class StandInJar {

    private StandInJar() {
    }

    /** The command side's stand-in. */
    static Path commandSide(Path directory) {
        return jar(directory.resolve("stand-in-command-side.jar"), StandInApp.CommandSide.class);
    }

    /** The query side's stand-in. */
    static Path querySide(Path directory) {
        return jar(directory.resolve("stand-in-query-side.jar"), StandInApp.QuerySide.class);
    }

    /** The web app's stand-in. */
    static Path web(Path directory) {
        return jar(directory.resolve("stand-in-web.jar"), StandInApp.Web.class);
    }

    private static Path jar(Path jar, Class<?> mainClass) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, mainClass.getName());
        main.put(Attributes.Name.CLASS_PATH, Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString())
                .collect(Collectors.joining(" ")));
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(file, manifest)) {
            return jar;
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }
}
