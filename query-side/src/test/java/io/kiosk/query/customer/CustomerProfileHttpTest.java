package io.kiosk.query.customer;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.api.customer.CustomerEmailVerified;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.CustomerLanguageChanged;
import io.kiosk.api.customer.CustomerProfileChanged;
import io.kiosk.api.customer.CustomerRegistered;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.DeliveryAddressAdded;
import io.kiosk.api.customer.DeliveryAddressRemoved;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.Language;
import io.kiosk.api.customer.PaymentMethodRemoved;
import io.kiosk.api.customer.PaymentMethodSaved;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.customer.Role;
import io.kiosk.api.customer.SavedPaymentMethod;
import io.kiosk.query.ExampleEvents;
import io.kiosk.query.HttpClientForTests.Answer;
import io.kiosk.query.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A customer's own profile over the query API, built by the customer-profile processor from the Customer's events. */
class CustomerProfileHttpTest extends QuerySideHttpTest {

    private static final String HOME_TOKEN = "tok_alipay_home_8fJk2Qz";
    private static final String OLD_CARD_TOKEN = "tok_card_old_Yq7Lm3";
    private static final String CARD_TOKEN = "tok_card_visa_P0aZ9x";

    @Autowired
    private JdbcClient jdbc;

    private static DeliveryAddress address(String line1, String city) {
        return new DeliveryAddress("Mia Chen", new PhoneNumber("+86 139 0013 9000"), line1, null, city, "Shanghai", "200000", "CN");
    }

    /** Everything a customer can do to a profile, and two things undone: the first address and the old card. */
    private void miaKeepsHerProfileUpToDate(CustomerId mia, UUID home, UUID office, UUID alipay, UUID oldCard, UUID card) {
        history.record(ExampleEvents.CUSTOMER, mia,
                new CustomerRegistered(mia, new EmailAddress("Mia.Chen@Example.com"), "Mia", null, Language.ZH_CN),
                new CustomerEmailVerified(mia, new EmailAddress("mia.chen@example.com")),
                new CustomerProfileChanged(mia, "Mia Chen", new PhoneNumber("+8613900139000")),
                new CustomerLanguageChanged(mia, Language.EN),
                new DeliveryAddressAdded(mia, office, address("1 Office Road", "Shanghai")),
                new DeliveryAddressAdded(mia, home, address("2 Home Lane", "Shanghai")),
                new PaymentMethodSaved(mia, oldCard, new SavedPaymentMethod(PaymentProvider.CARD, OLD_CARD_TOKEN, "Visa ending 1111")),
                new PaymentMethodSaved(mia, alipay, new SavedPaymentMethod(PaymentProvider.ALIPAY, HOME_TOKEN, "Alipay mia***@example.com")),
                new PaymentMethodSaved(mia, card, new SavedPaymentMethod(PaymentProvider.CARD, CARD_TOKEN, "Visa ending 4242")),
                new DeliveryAddressRemoved(mia, office),
                new PaymentMethodRemoved(mia, oldCard));
    }

    private Answer miasProfileOnceCaughtUp(CustomerId mia, UUID oldCard) {
        return eventually("/api/customers/me", identity.accessToken(mia, Role.CUSTOMER), answer -> answer.status() == 200
                && answer.body().path("addresses").size() == 1
                && answer.body().path("paymentMethods").size() == 2
                && !answer.text().contains(oldCard.toString()));
    }

    @Test
    void a_customer_reads_their_profile_with_addresses_and_payment_methods_but_never_a_provider_token() {
        CustomerId mia = CustomerId.random();
        UUID home = UUID.randomUUID(), office = UUID.randomUUID(), alipay = UUID.randomUUID(), oldCard = UUID.randomUUID(),
                card = UUID.randomUUID();
        miaKeepsHerProfileUpToDate(mia, home, office, alipay, oldCard, card);

        Answer profile = miasProfileOnceCaughtUp(mia, oldCard);

        JsonNode body = profile.body();
        assertThat(profile.contentType()).startsWith("application/json");
        assertThat(body.path("customerId").asText()).isEqualTo(mia.toString());
        assertThat(body.path("email").asText()).isEqualTo("mia.chen@example.com");
        assertThat(body.path("emailVerified").asBoolean()).isTrue();
        assertThat(body.path("name").asText()).isEqualTo("Mia Chen");
        assertThat(body.path("phone").asText()).isEqualTo("+8613900139000");
        assertThat(body.path("language").asText()).as("chosen after registering in Chinese").isEqualTo("en");
        JsonNode kept = body.path("addresses").get(0);
        assertThat(kept.path("addressId").asText()).isEqualTo(home.toString());
        assertThat(kept.path("address").path("line1").asText()).isEqualTo("2 Home Lane");
        assertThat(kept.path("address").path("phone").asText()).isEqualTo("+8613900139000");
        assertThat(kept.path("address").path("country").asText()).isEqualTo("CN");
        assertThat(body.path("paymentMethods").findValuesAsText("paymentMethodId")).containsExactly(alipay.toString(), card.toString());
        assertThat(body.path("paymentMethods").findValuesAsText("provider")).containsExactly("ALIPAY", "CARD");
        assertThat(body.path("paymentMethods").findValuesAsText("label")).containsExactly("Alipay mia***@example.com", "Visa ending 4242");
        assertThat(profile.text()).doesNotContain(HOME_TOKEN, CARD_TOKEN, OLD_CARD_TOKEN, "providerToken");
    }

    @Test
    void the_read_model_never_stores_a_provider_token() {
        CustomerId mia = CustomerId.random();
        UUID oldCard = UUID.randomUUID();
        miaKeepsHerProfileUpToDate(mia, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), oldCard, UUID.randomUUID());
        miasProfileOnceCaughtUp(mia, oldCard);

        List<Map<String, Object>> stored = jdbc.sql("SELECT * FROM customer_payment_method WHERE customer_id = :id")
                .param("id", mia.value()).query().listOfRows();

        assertThat(stored).hasSize(2);
        assertThat(stored.toString()).doesNotContain(HOME_TOKEN, CARD_TOKEN, OLD_CARD_TOKEN);
        assertThat(stored.get(0).keySet()).noneMatch(column -> column.contains("token"));
    }

    @Test
    void a_customer_whose_registration_is_not_projected_yet_gets_a_404_problem() {
        Answer answer = http.get("/api/customers/me", identity.accessToken(CustomerId.random(), Role.CUSTOMER));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.field("type")).isEqualTo("/problems/not-found");
    }

    @Test
    void replaying_every_customer_event_again_neither_duplicates_rows_nor_brings_back_what_was_removed() {
        CustomerId mia = CustomerId.random();
        UUID oldCard = UUID.randomUUID();
        miaKeepsHerProfileUpToDate(mia, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), oldCard, UUID.randomUUID());
        String before = miasProfileOnceCaughtUp(mia, oldCard).text();

        replayEverything("customer-profile");

        assertThat(rows("customer_profile", mia)).isOne();
        assertThat(rows("customer_address", mia)).isOne();
        assertThat(rows("customer_payment_method", mia)).isEqualTo(2);
        assertThat(http.get("/api/customers/me", identity.accessToken(mia, Role.CUSTOMER)).text()).isEqualTo(before);
    }

    private long rows(String table, CustomerId customer) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE customer_id = :id")
                .param("id", customer.value()).query(Long.class).single();
    }
}
