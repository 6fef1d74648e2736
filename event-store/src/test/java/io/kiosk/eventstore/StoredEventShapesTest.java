package io.kiosk.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kiosk.api.customer.CustomerRegistered;
import io.kiosk.eventstore.privacy.PersonalDataCipher;
import io.kiosk.eventstore.privacy.StoredShapeKeys;
import io.kiosk.eventstore.upcasting.KioskUpcasters;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shape of every event Kiosk ever stored, read as the applications read it: each fixture under
 * {@code stored-events/<package>/<Event>/} is a payload as the code of its time wrote it (named for its revision, and
 * for the shape when one revision holds several, e.g. {@code 1-before-labels.json}), stored in PostgreSQL by the real
 * JDBC storage, read back through the applications' upcaster chain and serializer, and compared with the event it
 * must read as today ({@code reads}; the stored payload itself when absent), written back by today's code. A new
 * revision of an event needs a fixture of its own, and keeps the old ones: that is what makes this test fail when an
 * event changes shape without an upcaster. Personal values of the revisions that seal them are sealed with the keys
 * of {@link StoredShapeKeys}, and compared by what they open to (each sealing draws a new IV).
 */
class StoredEventShapesTest {

    private static final String SCHEMA = "stored_event_shapes_test";
    private static Serializer serializer;
    private static PersonalDataCipher cipher;
    /** Reads fixtures as written: an amount stored as the number {@code 199.00} stays that number. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static JdbcEventStorageEngine engine;

    @BeforeAll
    static void emptyEventStore() throws SQLException {
        TestEventStores.fresh(SCHEMA);
        cipher = StoredShapeKeys.cipher(TestEventStores.dataSource());
        serializer = TestEventStores.applicationSerializer(cipher);
        engine = TestEventStores.engine(SCHEMA).eventSerializer(serializer).upcasterChain(KioskUpcasters.chain()).build();
    }

    @TestFactory
    Stream<DynamicTest> every_stored_shape_reads_as_todays_event() throws IOException {
        return fixtures().map(fixture -> DynamicTest.dynamicTest(fixture.name(), () -> readsAsToday(fixture)));
    }

    @Test
    void every_revision_of_every_event_has_a_stored_shape() throws IOException {
        Map<String, TreeSet<String>> revisionsWithFixtures = fixtures().collect(Collectors.groupingBy(Fixture::type,
                TreeMap::new, Collectors.mapping(Fixture::revisionOfItsName, Collectors.toCollection(TreeSet::new))));
        List<Class<?>> events = CoreApiClasses.carrying(Revision.class);

        assertThat(events).as("events found in core-api").hasSizeGreaterThan(50).contains(CustomerRegistered.class);
        for (Class<?> event : events) {
            int current = Integer.parseInt(event.getAnnotation(Revision.class).value());
            assertThat(revisionsWithFixtures.get(event.getName()))
                    .as("stored shapes of %s (revisions 1 to %d)", event.getSimpleName(), current)
                    .isEqualTo(IntStream.rangeClosed(1, current).mapToObj(String::valueOf)
                            .collect(Collectors.toCollection(TreeSet::new)));
        }
        assertThat(revisionsWithFixtures.keySet()).as("fixtures name only events of today")
                .isSubsetOf(events.stream().map(Class::getName).toList());
    }

    private static void readsAsToday(Fixture fixture) throws Exception {
        Class<?> type = Class.forName(fixture.type());
        String current = type.getAnnotation(Revision.class).value();
        String aggregate = UUID.randomUUID().toString();
        store(aggregate, fixture);

        Object read = engine.readEvents(aggregate).asStream().findFirst().orElseThrow().getPayload();

        assertThat(read).isInstanceOf(type);
        assertThat(upcastRevision(fixture)).as("revision after upcasting").isEqualTo(current);
        SerializedObject<String> written = serializer.serialize(read, String.class);
        assertThat(written.getType().getRevision()).as("revision written today").isEqualTo(current);
        assertThat(StoredShapeKeys.opened(JSON.readTree(written.getData()), cipher))
                .as("the event read, written by today's code (sealed values compared by what they open to)")
                .isEqualTo(StoredShapeKeys.opened(fixture.reads(), cipher));
        assertThat(serializer.<String, Object>deserialize(written)).as("today's event reads back as itself").isEqualTo(read);
    }

    /** Writes the row as the storage engine of the fixture's time wrote it. */
    private static void store(String aggregate, Fixture fixture) throws SQLException {
        try (Connection connection = TestEventStores.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + SCHEMA + ".domain_event_entry"
                     + " (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
                     + " payload_revision, payload, meta_data) VALUES (?, ?, 0, 'Stored', '2025-11-25T08:30:00Z', ?, ?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, aggregate);
            insert.setString(3, fixture.type());
            insert.setString(4, fixture.revision());
            insert.setBytes(5, fixture.stored().toString().getBytes(StandardCharsets.UTF_8));
            insert.setBytes(6, "{}".getBytes(StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
    }

    private static String upcastRevision(Fixture fixture) {
        var entry = new GenericDomainEventEntry<>("Stored", "any", 0, UUID.randomUUID().toString(),
                "2025-11-25T08:30:00Z", fixture.type(), fixture.revision(), fixture.stored().toString(), "{}");
        List<IntermediateEventRepresentation> upcast = KioskUpcasters.chain()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0).getType().getRevision();
    }

    private static Stream<Fixture> fixtures() throws IOException {
        Path root;
        try {
            root = Path.of(Objects.requireNonNull(StoredEventShapesTest.class.getResource("/stored-events")).toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted()
                    .map(file -> Fixture.read(root.relativize(file).toString(), file)).toList().stream();
        }
    }

    /** One stored shape: where it lives, the row's payload type and revision, its payload, and what it reads as. */
    private record Fixture(String name, String type, String revision, JsonNode stored, JsonNode reads) {

        static Fixture read(String name, Path file) {
            try {
                JsonNode fixture = JSON.readTree(file.toFile());
                JsonNode revision = fixture.get("payloadRevision");
                return new Fixture(name, fixture.get("payloadType").asText(), revision.isNull() ? null : revision.asText(),
                        fixture.get("stored"), fixture.has("reads") ? fixture.get("reads") : fixture.get("stored"));
            } catch (IOException unreadable) {
                throw new IllegalStateException(name + " is not a fixture", unreadable);
            }
        }

        /** The revision a fixture's file name gives it: {@code 1-before-labels.json} is of revision 1. */
        String revisionOfItsName() {
            String file = Path.of(name).getFileName().toString();
            return file.replaceFirst("[-.].*", "");
        }
    }
}
