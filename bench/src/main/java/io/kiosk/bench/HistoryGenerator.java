package io.kiosk.bench;

import io.kiosk.launcher.Database;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's history: a log of at least a million events and a hundred thousand orders, made once
 * and reused. Real journeys are run over HTTP first (delivered, paid, refunded, cancelled and unpaid
 * orders: see {@link Templates}); their events, exactly as Kiosk stored them, are then copied into the
 * event store many times over with fresh ids, another customer, and times spread over the last 90
 * days, the way years of traffic would have written them. The copies are appended while Kiosk is
 * stopped, and every processor's token is then moved past them: the command side must not act on
 * history (no payments are asked for again, no mails sent), and the query side's projections see it
 * only when the replay scenario rebuilds them from the start of the log.
 */
final class HistoryGenerator {

    private static final Pattern UUID_PATTERN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?Z");
    private static final Pattern DATE = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2})\"");
    private static final List<String> SURNAMES = List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao",
            "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Smith", "Brown", "Garcia",
            "Miller", "Davis", "Wilson", "Taylor", "Moore", "Martin", "Clark");
    private static final List<String> GIVEN_NAMES = List.of("Wei", "Fang", "Na", "Min", "Jing", "Lei", "Jun", "Yan",
            "Tao", "Ming", "Hui", "Ling", "Qiang", "Xin", "Yu", "Bo", "Ada", "Grace", "Oliver", "Emma", "Noah", "Mia",
            "Liam", "Ava", "Lucas", "Zoe", "Ethan", "Ivy", "Leo", "Ruby");
    private static final Duration SPREAD = Duration.ofDays(90);
    private static final int CLONES_PER_TRANSACTION = 500;

    /** A recorded journey's events, in log order. */
    record Template(String kind, String orderId, List<Row> rows) {
    }

    /** One stored event of a template. */
    record Row(String aggregate, long sequence, String type, String timeStamp, String payloadType, String payloadRevision,
               String payload, String metaData) {
    }

    /** What the history holds. */
    record History(long orders, long events, Instant generatedAt, Duration generation) {
    }

    private HistoryGenerator() {
    }

    /** The history made earlier on this database, if there is one. */
    static java.util.Optional<History> existing(Database database) throws SQLException {
        try (Connection connection = connect(database); Statement query = connection.createStatement()) {
            query.execute("CREATE SCHEMA IF NOT EXISTS bench");
            query.execute("CREATE TABLE IF NOT EXISTS bench.history (orders BIGINT NOT NULL, events BIGINT NOT NULL,"
                    + " generated_at TIMESTAMPTZ NOT NULL, generation_ms BIGINT NOT NULL)");
            try (ResultSet row = query.executeQuery("SELECT orders, events, generated_at, generation_ms FROM bench.history")) {
                return row.next() ? java.util.Optional.of(new History(row.getLong(1), row.getLong(2),
                        row.getTimestamp(3).toInstant(), Duration.ofMillis(row.getLong(4)))) : java.util.Optional.empty();
            }
        }
    }

    /** Reads each recorded journey's events back from the log, as Kiosk stored them. */
    static List<Template> read(Database database, List<Templates.Recorded> journeys) throws SQLException {
        List<Template> templates = new ArrayList<>();
        try (Connection connection = connect(database);
             PreparedStatement query = connection.prepareStatement("""
                     SELECT aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision,
                            convert_from(payload, 'UTF8'), convert_from(meta_data, 'UTF8')
                       FROM eventstore.domain_event_entry
                      WHERE aggregate_identifier IN (
                            SELECT DISTINCT aggregate_identifier FROM eventstore.domain_event_entry
                             WHERE type IN ('Cart', 'Order', 'Payment', 'Refund')
                               AND (aggregate_identifier IN (?, ?) OR position(? IN convert_from(payload, 'UTF8')) > 0))
                      ORDER BY global_index""")) {
            for (Templates.Recorded journey : journeys) {
                query.setString(1, journey.cartId());
                query.setString(2, journey.orderId());
                query.setString(3, journey.orderId());
                List<Row> rows = new ArrayList<>();
                try (ResultSet found = query.executeQuery()) {
                    while (found.next()) {
                        rows.add(new Row(found.getString(1), found.getLong(2), found.getString(3), found.getString(4),
                                found.getString(5), found.getString(6), found.getString(7), found.getString(8)));
                    }
                }
                if (rows.stream().map(Row::type).distinct().count() < 2) {
                    throw new IllegalStateException("journey " + journey + " left too few events: " + rows);
                }
                templates.add(new Template(journey.kind(), journey.orderId(), List.copyOf(rows)));
            }
        }
        return templates;
    }

    /**
     * Appends copies of the templates until the log holds {@code orders} orders and at least
     * {@code minimumEvents} events, then moves every processor of both applications to the new head.
     * Kiosk must be stopped.
     */
    static History generate(Database database, List<Template> templates, long orders, long minimumEvents) throws Exception {
        long started = System.nanoTime();
        double eventsPerOrder = templates.stream().mapToInt(t -> t.rows().size()).average().orElseThrow();
        long clones = Math.max(orders - templates.size(), (long) Math.ceil(minimumEvents / eventsPerOrder));
        Instant firstStart = Instant.now().minus(SPREAD).truncatedTo(ChronoUnit.SECONDS);
        long step = SPREAD.minus(Duration.ofDays(1)).toMillis() / clones;
        SplittableRandom random = new SplittableRandom(42);
        long events = 0;
        try (Connection connection = connect(database)) {
            connection.setAutoCommit(false);
            try (Statement session = connection.createStatement()) {
                // no application is listening while history is written; skip the append notification
                session.execute("ALTER TABLE eventstore.domain_event_entry DISABLE TRIGGER domain_event_entry_appended");
            }
            PGConnection pg = connection.unwrap(PGConnection.class);
            for (long first = 0; first < clones; first += CLONES_PER_TRANSACTION) {
                long last = Math.min(clones, first + CLONES_PER_TRANSACTION);
                CopyIn copy = pg.getCopyAPI().copyIn("""
                        COPY eventstore.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                             time_stamp, payload_type, payload_revision, payload, meta_data) FROM STDIN""");
                try {
                    events += copyBlock(copy, templates, first, last, firstStart, step, random);
                    copy.endCopy();
                } catch (SQLException | RuntimeException failed) {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                    throw failed;
                }
                connection.commit();
                if ((last / CLONES_PER_TRANSACTION) % 20 == 0 || last == clones) {
                    System.out.printf("history: %d of %d orders copied (%d events)%n", last, clones, events);
                }
            }
            try (Statement session = connection.createStatement()) {
                session.execute("ALTER TABLE eventstore.domain_event_entry ENABLE TRIGGER domain_event_entry_appended");
                connection.commit();
            }
            connection.setAutoCommit(true);
            long head;
            try (Statement query = connection.createStatement()) {
                query.execute("ANALYZE eventstore.domain_event_entry");
                try (ResultSet max = query.executeQuery("SELECT max(global_index) FROM eventstore.domain_event_entry")) {
                    max.next();
                    head = max.getLong(1);
                }
            }
            moveTokens(connection, head);
            long totalEvents;
            long totalOrders;
            try (Statement query = connection.createStatement();
                 ResultSet counts = query.executeQuery("SELECT count(*), count(*) FILTER (WHERE type = 'Order' AND sequence_number = 0)"
                         + " FROM eventstore.domain_event_entry")) {
                counts.next();
                totalEvents = counts.getLong(1);
                totalOrders = counts.getLong(2);
            }
            History history = new History(totalOrders, totalEvents, Instant.now(), Duration.ofNanos(System.nanoTime() - started));
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench.history VALUES (?, ?, now(), ?)")) {
                insert.setLong(1, history.orders());
                insert.setLong(2, history.events());
                insert.setLong(3, history.generation().toMillis());
                insert.executeUpdate();
            }
            return history;
        }
    }

    private static long copyBlock(CopyIn copy, List<Template> templates, long first, long last, Instant firstStart, long stepMillis,
                                  SplittableRandom random) throws SQLException {
        // the block's orders interleave in the log as concurrent customers' would: event k of every order, then k + 1
        List<List<String>> lines = new ArrayList<>();
        for (long clone = first; clone < last; clone++) {
            Template template = templates.get((int) (clone % templates.size()));
            Instant start = firstStart.plusMillis(clone * stepMillis + random.nextLong(Math.max(1, stepMillis)));
            lines.add(copies(template, clone, start));
        }
        long written = 0;
        int longest = lines.stream().mapToInt(List::size).max().orElse(0);
        StringBuilder buffer = new StringBuilder(1 << 20);
        for (int k = 0; k < longest; k++) {
            for (List<String> order : lines) {
                if (k < order.size()) {
                    buffer.append(order.get(k));
                    written++;
                    if (buffer.length() > (1 << 20)) {
                        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length);
                        buffer.setLength(0);
                    }
                }
            }
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        return written;
    }

    /** The template's events as COPY lines, for order number {@code clone} starting at {@code start}. */
    private static List<String> copies(Template template, long clone, Instant start) {
        Map<String, String> ids = new HashMap<>();
        Instant templateStart = Instant.parse(template.rows().get(0).timeStamp());
        Duration shift = Duration.between(templateStart, start);
        long dayShift = Math.floorDiv(shift.getSeconds(), 86_400);
        String given = GIVEN_NAMES.get((int) (clone % GIVEN_NAMES.size()));
        String surname = SURNAMES.get((int) ((clone / GIVEN_NAMES.size()) % SURNAMES.size()));
        String name = given + " " + surname;
        String email = (given + "." + surname + "." + clone + "@example.com").toLowerCase();
        String phone = "+86139" + String.format("%08d", clone % 100_000_000);
        List<String> lines = new ArrayList<>(template.rows().size());
        for (Row row : template.rows()) {
            String payload = people(retime(reid(row.payload(), ids), shift, dayShift), name, email, phone);
            String metaData = row.metaData() == null ? null : reid(row.metaData(), ids);
            lines.add(String.join("\t", UUID.randomUUID().toString(), reid(row.aggregate(), ids), Long.toString(row.sequence()),
                    text(row.type()), Instant.parse(row.timeStamp()).plus(shift).toString(), text(row.payloadType()),
                    text(row.payloadRevision()), bytea(payload), bytea(metaData)) + "\n");
        }
        return lines;
    }

    private static String reid(String text, Map<String, String> ids) {
        Matcher matcher = UUID_PATTERN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, ids.computeIfAbsent(matcher.group(), old -> UUID.randomUUID().toString()));
        }
        return matcher.appendTail(out).toString();
    }

    private static String retime(String text, Duration shift, long dayShift) {
        Matcher instants = INSTANT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (instants.find()) {
            instants.appendReplacement(out, Instant.parse(instants.group()).plus(shift).toString());
        }
        String shifted = instants.appendTail(out).toString();
        Matcher dates = DATE.matcher(shifted);
        StringBuilder days = new StringBuilder(shifted.length());
        while (dates.find()) {
            dates.appendReplacement(days, "\"" + LocalDate.parse(dates.group(1)).plusDays(dayShift) + "\"");
        }
        return dates.appendTail(days).toString();
    }

    private static String people(String payload, String name, String email, String phone) {
        return payload.replace(Shop.SHOPPER_NAME, name).replace(Shop.SHOPPER_EMAIL, email).replace(Shop.SHOPPER_PHONE, phone);
    }

    /** A text column in COPY's text format: NULL is \N; backslash, tab and newlines escaped. */
    private static String text(String value) {
        if (value == null) {
            return "\\N";
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** A bytea column in COPY's text format: {@code \\x} and the hex digits (the backslash itself escaped). */
    private static String bytea(String value) {
        return value == null ? "\\N" : "\\\\x" + HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8));
    }

    /** Every processor of both applications continues after the history: none of it is handled live. */
    private static void moveTokens(Connection connection, long head) throws SQLException {
        for (String schema : List.of("command", "query")) {
            try (Statement update = connection.createStatement()) {
                int moved = update.executeUpdate("UPDATE " + schema + ".token_entry SET token = convert_to('{\"index\":" + head
                        + ",\"gaps\":[]}', 'UTF8'), token_type = 'org.axonframework.eventhandling.GapAwareTrackingToken'");
                System.out.printf("history: %d token segments of the %s side moved to position %d%n", moved, schema, head);
            }
        }
    }

    /** The server's version and the settings that decide what a commit costs. */
    static String settings(Database database) throws SQLException {
        try (Connection connection = connect(database); Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT current_setting('server_version'), current_setting('fsync'),"
                     + " current_setting('synchronous_commit'), current_setting('shared_buffers')")) {
            row.next();
            return "PostgreSQL " + row.getString(1) + ", fsync " + row.getString(2) + ", synchronous_commit " + row.getString(3)
                    + ", shared_buffers " + row.getString(4) + " (the same server for Kiosk and the raw baselines)";
        }
    }

    static Connection connect(Database database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
