package io.kiosk.eventstore;

import io.kiosk.api.customer.CustomerRegistered;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The classes of {@code core-api} (from its classes directory or its jar, whichever the build put on the path). */
final class CoreApiClasses {

    private CoreApiClasses() {
    }

    static List<Class<?>> carrying(Class<? extends Annotation> annotation) throws IOException {
        return all().stream().filter(type -> type.isAnnotationPresent(annotation)).toList();
    }

    static List<Class<?>> all() throws IOException {
        Path location;
        try {
            location = Path.of(CustomerRegistered.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
        if (Files.isDirectory(location)) {
            return classesUnder(location);
        }
        try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
            return classesUnder(jar.getPath("/"));
        }
    }

    private static List<Class<?>> classesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(file -> file.startsWith("io/kiosk/api/") && file.endsWith(".class"))
                    .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
                    .map(CoreApiClasses::load)
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, CoreApiClasses.class.getClassLoader());
        } catch (ClassNotFoundException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
