package io.kiosk.eventstore.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.CustomerRegistered;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.Language;
import io.kiosk.api.customer.PaymentMethodSaved;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.customer.SavedPaymentMethod;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.Contact;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.privacy.Erased;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.ReturnAuthorised;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The event serializer's encryption of personal data, against the keys table of a real PostgreSQL: what is stored,
 * what reads back while the customer's key exists, after it is deleted, and from events stored before encryption.
 */
class PersonalDataSerializationTest {

    private static final String URL = env("KIOSK_TEST_DB_URL", "jdbc:postgresql://localhost:5432/kiosk_test");
    private static final DriverManagerDataSource DATABASE = new DriverManagerDataSource(URL,
            env("KIOSK_DB_USER", "kiosk"), env("KIOSK_DB_PASSWORD", "kiosk"));
    private static final byte[] MASTER_KEY = randomKey();
    private static final ObjectMapper APPLICATION_MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    private final CustomerId mia = CustomerId.random();
    private final CheckoutDetails details = new CheckoutDetails(
            new DeliveryAddress("陈米娅", new PhoneNumber("+8613800138000"), "建国路 88 号", "3 单元", "北京", "BJ",
                    "100022", "CN"),
            new Contact("Mia Chen", new PhoneNumber("+8613900139000"), new EmailAddress("mia@example.com")),
            PaymentProvider.ALIPAY, "BJ");
    private final OrderPlaced placed = new OrderPlaced(OrderId.random(), CartId.random(), mia, List.of(),
            Money.of("199.00", "CNY"), details, null);

    @BeforeAll
    static void migrateKeysTable() {
        Flyway.configure().dataSource(DATABASE).schemas("privacy").createSchemas(true)
                .locations("classpath:db/privacy").placeholders(Map.of("readerRole", "")).load().migrate();
    }

    @Test
    void personal_values_are_stored_sealed_and_read_back_as_they_were() throws Exception {
        Serializer serializer = serializer(commandSideKeys());

        SerializedObject<String> stored = serializer.serialize(placed, String.class);

        assertThat(stored.getData()).doesNotContain("Mia Chen", "mia@example.com", "8613900139000", "8613800138000",
                "陈米娅", "建国路", "100022");
        JsonNode contact = APPLICATION_MAPPER.readTree(stored.getData()).path("details").path("contact");
        assertThat(contact.path("name").path("erasable").asText()).startsWith("v1:" + mia.value() + ":");
        // what is no one's stays readable: analytics and delivery figures count by region and country
        assertThat(APPLICATION_MAPPER.readTree(stored.getData()).path("details").path("address").path("region").asText())
                .isEqualTo("BJ");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(placed);
    }

    @Test
    void once_the_key_is_deleted_every_personal_value_reads_as_erased_and_the_rest_as_it_was() {
        SubjectKeys keys = commandSideKeys();
        SerializedObject<String> stored = serializer(keys).serialize(placed, String.class);

        keys.erase(mia.value());

        OrderPlaced read = serializer(querySideKeys()).deserialize(stored);
        assertThat(read.details()).isEqualTo(details.erased());
        assertThat(read.details().contact().name()).isEqualTo(Erased.TEXT);
        assertThat(read.details().contact().email()).isEqualTo(EmailAddress.ERASED);
        assertThat(read.details().address().phone()).isEqualTo(PhoneNumber.ERASED);
        assertThat(read.details().address().region()).isEqualTo("BJ");
        assertThat(read.total()).isEqualTo(placed.total());
        assertThat(read.orderId()).isEqualTo(placed.orderId());
    }

    @Test
    void a_value_stored_after_its_owner_was_erased_holds_nothing_and_reads_as_erased() {
        SubjectKeys keys = commandSideKeys();
        keys.erase(mia.value());

        SerializedObject<String> stored = serializer(keys).serialize(placed, String.class);

        assertThat(stored.getData()).doesNotContain("Mia Chen", "mia@example.com").contains("v1:" + mia.value() + ":\"");
        assertThat(((OrderPlaced) serializer(querySideKeys()).deserialize(stored)).details()).isEqualTo(details.erased());
    }

    @Test
    void events_stored_in_the_clear_before_encryption_read_as_they_were() throws Exception {
        CustomerRegistered registered = new CustomerRegistered(mia, new EmailAddress("mia@example.com"), "Mia Chen",
                new PhoneNumber("+8613800138000"), Language.EN);
        String legacy = APPLICATION_MAPPER.writeValueAsString(registered);
        assertThat(legacy).contains("\"name\":\"Mia Chen\"");

        Object read = serializer(querySideKeys()).deserialize(new SimpleSerializedObject<>(legacy, String.class,
                new SimpleSerializedType(CustomerRegistered.class.getName(), "2")));

        assertThat(read).isEqualTo(registered);
    }

    @Test
    void a_saved_payment_methods_token_and_label_are_sealed_and_erased_with_the_rest() {
        SubjectKeys keys = commandSideKeys();
        PaymentMethodSaved saved = new PaymentMethodSaved(mia, UUID.randomUUID(),
                new SavedPaymentMethod(PaymentProvider.ALIPAY, "tok_alipay_8fJk2Qz", "Alipay mia***@example.com"));
        SerializedObject<String> stored = serializer(keys).serialize(saved, String.class);
        assertThat(stored.getData()).doesNotContain("tok_alipay_8fJk2Qz", "mia***").contains("ALIPAY");

        keys.erase(mia.value());

        assertThat(((PaymentMethodSaved) serializer(querySideKeys()).deserialize(stored)).method())
                .isEqualTo(new SavedPaymentMethod(PaymentProvider.ALIPAY, Erased.TEXT, Erased.TEXT));
    }

    @Test
    void an_address_in_an_event_that_names_no_customer_is_no_ones_and_stays_as_it_is() {
        DeliveryAddress mall = new DeliveryAddress("Kiosk returns", new PhoneNumber("+861065550000"), "望京街 1 号",
                null, "北京", "BJ", "100102", "CN");
        ReturnAuthorised authorised = new ReturnAuthorised(RefundId.random(), OrderId.random(), mall,
                Instant.parse("2026-12-01T00:00:00Z"));

        SerializedObject<String> stored = serializer(commandSideKeys()).serialize(authorised, String.class);

        assertThat(stored.getData()).contains("Kiosk returns").doesNotContain("erasable");
        assertThat((Object) serializer(querySideKeys()).deserialize(stored)).isEqualTo(authorised);
    }

    @Test
    void the_query_side_makes_no_keys_and_stores_the_data_of_a_customer_without_one_as_it_is() {
        SerializedObject<String> stored = serializer(querySideKeys()).serialize(placed, String.class);

        assertThat(stored.getData()).contains("Mia Chen").doesNotContain("erasable");
        assertThat(JdbcClient.create(DATABASE).sql("SELECT count(*) FROM privacy.subject_key WHERE subject = :subject")
                .param("subject", mia.value()).query(Long.class).single()).isZero();
    }

    @Test
    void a_wrong_master_key_fails_loudly_instead_of_reading_as_erased() {
        SerializedObject<String> stored = serializer(commandSideKeys()).serialize(placed, String.class);
        SubjectKeys otherMasterKey = new SubjectKeys(JdbcClient.create(DATABASE), new MasterKey(randomKey()), false,
                Duration.ofSeconds(30), Clock.systemUTC());

        assertThatThrownBy(() -> serializer(otherMasterKey).deserialize(stored))
                .hasRootCauseInstanceOf(javax.crypto.AEADBadTagException.class)
                .rootCause().isNotNull();
    }

    private static SubjectKeys commandSideKeys() {
        return new SubjectKeys(JdbcClient.create(DATABASE), new MasterKey(MASTER_KEY), true, Duration.ofSeconds(30),
                Clock.systemUTC());
    }

    private static SubjectKeys querySideKeys() {
        return new SubjectKeys(JdbcClient.create(DATABASE), new MasterKey(MASTER_KEY), false, Duration.ofSeconds(30),
                Clock.systemUTC());
    }

    private static Serializer serializer(SubjectKeys keys) {
        return PersonalDataAutoConfiguration.encryptingSerializer(APPLICATION_MAPPER, new AnnotationRevisionResolver(),
                new PersonalDataCipher(keys));
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
