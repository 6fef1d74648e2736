package io.kiosk.eventstore;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * Listens on one PostgreSQL connection of its own for the notification the event table sends when a
 * transaction appended events ({@code V2__notify_on_append.sql}) and wakes the event store's processors
 * ({@link WakeableEventStore#eventsAppendedElsewhere()}). Polling stays as the safety net: while this
 * listener is disconnected the processors still find new events at the event store's fetch delay, and
 * after every reconnect it wakes them once, for whatever was appended while nobody listened.
 */
final class EventAppendListener implements SmartLifecycle {

    static final String CHANNEL = "kiosk_events_appended";

    private static final Logger log = LoggerFactory.getLogger(EventAppendListener.class);
    private static final int WAIT_MILLIS = 10_000;
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(30);

    private final String url;
    private final Properties credentials;
    private final String eventStoreSchema;
    private final Runnable wakeUp;
    private volatile Thread thread;
    private volatile boolean running;
    private volatile Connection connection;

    EventAppendListener(String url, String user, String password, String eventStoreSchema, Runnable wakeUp) {
        this.url = url;
        this.credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        this.eventStoreSchema = eventStoreSchema;
        this.wakeUp = wakeUp;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, "kiosk-event-append-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
        }
        closeQuietly();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration backOff = Duration.ofMillis(500);
        while (running) {
            try {
                connect();
                backOff = Duration.ofMillis(500);
                wakeUp.run(); // events may have been appended while nobody listened
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null && concernsThisEventStore(received)) {
                        wakeUp.run();
                    }
                }
            } catch (SQLException lost) {
                if (!running) {
                    return;
                }
                log.warn("Not listening for appended events ({}); processors poll until the connection is back, retrying in {} ms",
                        lost.getMessage(), backOff.toMillis());
                closeQuietly();
                if (!pause(backOff)) {
                    return;
                }
                backOff = backOff.multipliedBy(2).compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : backOff.multipliedBy(2);
            }
        }
    }

    private void connect() throws SQLException {
        connection = DriverManager.getConnection(url, credentials);
        connection.setAutoCommit(true);
        try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN " + CHANNEL);
        }
    }

    private boolean concernsThisEventStore(PGNotification[] received) {
        for (PGNotification notification : received) {
            if (eventStoreSchema.equals(notification.getParameter())) {
                return true;
            }
        }
        return false;
    }

    private boolean pause(Duration backOff) {
        try {
            Thread.sleep(backOff.toMillis());
            return true;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void closeQuietly() {
        Connection open = connection;
        connection = null;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // closing a connection that is already broken
            }
        }
    }
}
