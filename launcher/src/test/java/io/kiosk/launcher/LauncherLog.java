package io.kiosk.launcher;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the launcher says on its console (its {@code io.kiosk.launcher} log), caught for a test to read. */
final class LauncherLog implements AutoCloseable {

    private final Logger launcher = (Logger) LoggerFactory.getLogger("io.kiosk.launcher");
    private final ListAppender<ILoggingEvent> caught = new ListAppender<>();

    LauncherLog() {
        caught.start();
        launcher.addAppender(caught);
    }

    /** Every line so far, as {@code LEVEL message}. */
    List<String> lines() {
        synchronized (caught) {
            return caught.list.stream().map(event -> event.getLevel() + " " + event.getFormattedMessage()).toList();
        }
    }

    /** When the launcher first said something containing {@code part}, waiting for it up to {@code timeout}. */
    Optional<Instant> await(String part, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        do {
            synchronized (caught) {
                Optional<Instant> said = caught.list.stream().filter(event -> event.getFormattedMessage().contains(part))
                        .map(event -> Instant.ofEpochMilli(event.getTimeStamp())).findFirst();
                if (said.isPresent()) {
                    return said;
                }
            }
            Thread.sleep(20);
        } while (Instant.now().isBefore(deadline));
        return Optional.empty();
    }

    @Override
    public void close() {
        launcher.detachAppender(caught);
        caught.stop();
    }
}
