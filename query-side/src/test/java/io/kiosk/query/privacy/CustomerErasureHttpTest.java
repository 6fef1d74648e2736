package io.kiosk.query.privacy;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.customer.CustomerErased;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.CustomerRegistered;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.DeliveryAddressAdded;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.ErasureRequester;
import io.kiosk.api.customer.Language;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.customer.Role;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.Contact;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.privacy.Erased;
import io.kiosk.eventstore.privacy.MasterKey;
import io.kiosk.eventstore.privacy.SubjectKeys;
import io.kiosk.query.ExampleEvents;
import io.kiosk.query.HttpClientForTests.Answer;
import io.kiosk.query.QuerySideHttpTest;
import io.kiosk.query.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer with an order is erased: the events hold their data encrypted with their key (made as the command side
 * makes it), the key is deleted and {@code CustomerErased} recorded, as the command side does. Every read model then
 * shows them as erased (profile, order tracking, order search), the analytics count exactly what they counted, and a
 * rebuild from the events, which now read as erased, comes to the same.
 */
class CustomerErasureHttpTest extends QuerySideHttpTest {

    @Autowired
    private DataSource dataSource;

    @Autowired
    private SubjectKeys querySideKeys;

    @Value("${kiosk.privacy.master-key}")
    private String masterKey;

    /** The command side's keys: it makes them, and deletes them. */
    private SubjectKeys commandSideKeys;

    @BeforeEach
    void keysAsTheCommandSideKeepsThem() {
        Flyway.configure().dataSource(dataSource).schemas("privacy").createSchemas(true)
                .locations("classpath:db/privacy").placeholders(Map.of("readerRole", "")).load().migrate();
        commandSideKeys = new SubjectKeys(JdbcClient.create(dataSource), new MasterKey(Base64.getDecoder().decode(masterKey)),
                true, Duration.ofSeconds(30), Clock.systemUTC());
    }

    @Test
    void an_erased_customer_reads_as_erased_in_every_read_model_and_the_analytics_count_the_same() {
        CustomerId mia = CustomerId.random();
        OrderId order = OrderId.random();
        String customer = identity.accessToken(mia, Role.CUSTOMER);
        String staff = identity.accessToken(CustomerId.random(), Role.BACK_OFFICE);
        String analyst = identity.accessToken(CustomerId.random(), Role.ANALYST);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String sales = "/api/analytics/sales?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        String salesBefore = http.get(sales, analyst).text();
        commandSideKeys.ensureKey(mia.value());

        DeliveryAddress home = new DeliveryAddress("陈米娅", new PhoneNumber("+8613900139000"), "2 Home Lane", null,
                "Shanghai", "Shanghai", "200000", "CN");
        history.record(ExampleEvents.CUSTOMER, mia,
                new CustomerRegistered(mia, new EmailAddress("mia.erased@example.com"), "Mia Chen",
                        new PhoneNumber("+8613800138000"), Language.EN),
                new DeliveryAddressAdded(mia, UUID.randomUUID(), home));
        OrderPlaced example = ExampleEvents.orderPlaced(order, mia);
        history.record(ExampleEvents.ORDER, order, new OrderPlaced(order, CartId.random(), mia, example.lines(),
                example.total(), new CheckoutDetails(home, new Contact("Mia Chen", new PhoneNumber("+8613800138000"),
                new EmailAddress("mia.erased@example.com")), PaymentProvider.ALIPAY, "SH"), null));
        assertThat(storedPayloads(mia.toString()) + storedPayloads(order.toString()))
                .doesNotContain("Mia Chen", "mia.erased@example.com", "陈米娅", "2 Home Lane").contains("erasable");

        eventually("/api/customers/me", customer, answer -> answer.text().contains("Mia Chen")
                && answer.body().path("addresses").size() == 1);
        eventually("/api/orders/" + order, customer, answer -> answer.text().contains("2 Home Lane"));
        eventually("/api/search/orders?q=" + order, staff, answer -> answer.text().contains("Mia Chen"));
        String salesWithTheOrder = eventually(sales, analyst, answer -> !answer.text().equals(salesBefore)).text();

        commandSideKeys.erase(mia.value());
        history.record(ExampleEvents.CUSTOMER, mia, new CustomerErased(mia, ErasureRequester.CUSTOMER, null));

        everyReadModelShowsMiaErased(mia, order, customer, staff);
        assertThat(http.get(sales, analyst).text()).as("the analytics count what they counted").isEqualTo(salesWithTheOrder);

        // the query side's cached key would expire within kiosk.privacy.key-cache-ttl; the rebuild reads the events
        // as erased without CustomerErased's help
        querySideKeys.forget(mia.value());
        replayEverything("customer-profile");
        replayEverything("order-tracking");
        replayEverything("order-search");
        replayEverything("analytics");
        everyReadModelShowsMiaErased(mia, order, customer, staff);
        assertThat(eventually(sales, analyst, answer -> answer.text().equals(salesWithTheOrder)).text())
                .isEqualTo(salesWithTheOrder);
    }

    private void everyReadModelShowsMiaErased(CustomerId mia, OrderId order, String customer, String staff) {
        Answer profile = eventually("/api/customers/me", customer, answer -> answer.text().contains(Erased.TEXT));
        assertThat(profile.text()).doesNotContain("Mia Chen", "mia.erased@example.com", "8613800138000", "2 Home Lane");
        assertThat(profile.body().path("name").asText()).isEqualTo(Erased.TEXT);
        assertThat(profile.body().path("email").asText()).isEqualTo(Erased.TEXT);
        assertThat(profile.body().path("addresses").size()).isZero();

        Answer tracking = eventually("/api/orders/" + order, customer, answer -> !answer.text().contains("Mia Chen"));
        assertThat(tracking.text()).doesNotContain("陈米娅", "2 Home Lane", "mia.erased@example.com", "8613900139000")
                .contains(Erased.TEXT);
        assertThat(tracking.body().path("total").path("amount").asText()).isEqualTo("398.00");

        Answer search = eventually("/api/search/orders?q=" + order, staff, answer -> !answer.text().contains("Mia Chen")
                && answer.text().contains(Erased.TEXT));
        assertThat(search.text()).doesNotContain("mia.erased@example.com", "陈米娅", "8613800138000");
        assertThat(http.get("/api/search/orders?q=" + "mia.erased@example.com", staff).text()).doesNotContain(order.toString());
    }

    private String storedPayloads(String aggregate) {
        return String.join("\n", JdbcClient.create(dataSource).sql("SELECT convert_from(payload, 'UTF8') FROM "
                        + TestDatabase.EVENT_STORE_SCHEMA + ".domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", aggregate).query(String.class).list());
    }
}
