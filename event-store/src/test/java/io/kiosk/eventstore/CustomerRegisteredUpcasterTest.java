package io.kiosk.eventstore;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.CustomerRegistered;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.Language;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.eventstore.upcasting.KioskUpcasters;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's registration as it was stored before customers chose a language, read through the real JDBC event
 * storage in PostgreSQL: it comes back as today's event, in the default language; today's events keep theirs.
 */
class CustomerRegisteredUpcasterTest {

    private static final String SCHEMA = "customer_registered_upcaster_test";

    private JdbcEventStorageEngine engine;

    @BeforeEach
    void emptyEventStore() throws SQLException {
        TestEventStores.fresh(SCHEMA);
        engine = TestEventStores.engine(SCHEMA).upcasterChain(KioskUpcasters.chain()).build();
    }

    @Test
    void a_registration_stored_before_languages_reads_in_chinese() throws SQLException {
        CustomerId mia = CustomerId.random();
        storeAsRevisionOne(mia, """
                {"customerId":"%s","email":"mia@example.com","name":"Mia Chen","phone":"+8613800138000"}""".formatted(mia));

        Object read = engine.readEvents(mia.toString()).asStream().findFirst().orElseThrow().getPayload();

        assertThat(read).isEqualTo(new CustomerRegistered(mia, new EmailAddress("mia@example.com"), "Mia Chen",
                new PhoneNumber("+8613800138000"), Language.ZH_CN));
    }

    @Test
    void a_registration_stored_with_an_empty_revision_as_axon_server_stores_none_reads_in_chinese_too() throws SQLException {
        CustomerId lei = CustomerId.random();
        storeWithRevision(lei, "", """
                {"customerId":"%s","email":"lei@example.com","name":"Li Lei","phone":null}""".formatted(lei));

        assertThat(engine.readEvents(lei.toString()).asStream().findFirst().orElseThrow().getPayload())
                .isEqualTo(new CustomerRegistered(lei, new EmailAddress("lei@example.com"), "Li Lei", null, Language.ZH_CN));
    }

    @Test
    void a_registration_of_today_is_stored_as_revision_three_and_keeps_its_language() throws SQLException {
        CustomerId noah = CustomerId.random();
        CustomerRegistered registered = new CustomerRegistered(noah, new EmailAddress("noah@example.com"), "Noah Smith",
                new PhoneNumber("+8613900139000"), Language.EN);
        engine.appendEvents(new GenericDomainEventMessage<>("Customer", noah.toString(), 0, registered));

        assertThat(engine.readEvents(noah.toString()).asStream().findFirst().orElseThrow().getPayload()).isEqualTo(registered);
        try (Connection connection = TestEventStores.connect();
             Statement sql = connection.createStatement()) {
            var stored = sql.executeQuery("SELECT payload_revision, convert_from(payload, 'UTF8') FROM " + SCHEMA
                    + ".domain_event_entry WHERE aggregate_identifier = '" + noah + "'");
            assertThat(stored.next()).isTrue();
            assertThat(stored.getString(1)).isEqualTo("3");
            assertThat(stored.getString(2)).contains("\"language\":\"en\"");
        }
    }

    /** Writes the row as the storage engine wrote it before {@code CustomerRegistered} had a revision. */
    private static void storeAsRevisionOne(CustomerId customer, String payload) throws SQLException {
        storeWithRevision(customer, null, payload);
    }

    private static void storeWithRevision(CustomerId customer, String revision, String payload) throws SQLException {
        try (Connection connection = TestEventStores.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + SCHEMA + ".domain_event_entry"
                     + " (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
                     + " payload_revision, payload, meta_data) VALUES (?, ?, 0, 'Customer', '2025-11-20T02:00:00Z', ?, ?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, customer.toString());
            insert.setString(3, CustomerRegistered.class.getName());
            insert.setString(4, revision);
            insert.setBytes(5, payload.getBytes(StandardCharsets.UTF_8));
            insert.setBytes(6, "{}".getBytes(StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
    }
}
