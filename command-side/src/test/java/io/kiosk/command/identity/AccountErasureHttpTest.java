package io.kiosk.command.identity;

import io.kiosk.api.customer.CustomerErased;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.CustomerRegistered;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.ErasureRequester;
import io.kiosk.api.customer.Language;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.customer.Role;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.privacy.Erased;
import io.kiosk.command.CommandSideHttpTest;
import io.kiosk.command.HttpClientForTests;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.TestCheckout;
import io.kiosk.command.orderprocess.OrderJourney;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;

/**
 * Erasure over HTTP: a customer who registered and ordered deletes their account with their password, or an
 * administrator erases them; afterwards their personal data in the events reads as erased, nothing stored holds it
 * in the clear, and they cannot log in. Nobody else can erase them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountErasureHttpTest extends CommandSideHttpTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    private Registration registration;

    @Autowired
    private AccountStore accounts;

    private OrderJourney journey;
    private String email;

    @BeforeEach
    void setUp() {
        journey = new OrderJourney(port, encoder, json, jdbc, store);
        email = "mia." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** Mia registers, verifies her address (straight in the table: the mail is another test's) and logs in. */
    private Registered registered() {
        registration.register(new EmailAddress(email), "Mia Chen", new PhoneNumber("+8613800138000"), PASSWORD, Language.EN);
        CustomerId mia = accounts.byEmail(new EmailAddress(email)).orElseThrow().accountId();
        accounts.markEmailVerified(mia);
        Answer login = anonymous().send(POST, "/api/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(email, PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        return new Registered(mia, anonymous().as(login.text("accessToken")));
    }

    private record Registered(CustomerId id, HttpClientForTests http) {
    }

    private List<Object> eventsOf(CustomerId customer) {
        return store.readEvents(customer.toString()).asStream().<Object>map(EventMessage::getPayload).toList();
    }

    private String storedPayloads(String aggregate) {
        return String.join("\n", jdbc.queryForList("select convert_from(payload, 'UTF8') from eventstore.domain_event_entry"
                + " where aggregate_identifier = ?", String.class, aggregate));
    }

    @Test
    void a_customer_who_ordered_deletes_their_account_with_their_password_and_every_event_reads_as_erased() {
        Registered mia = registered();
        String order = journey.checkOutTwoChargersAs(mia.http(), TestCheckout.inBeijing("ALIPAY"));
        // stored sealed from the start: the event store never held Mia's name, phone or address in the clear
        assertThat(storedPayloads(mia.id().toString()) + storedPayloads(order))
                .doesNotContain("Mia Chen", email, "8613800138000", "Chang'an Avenue", "Li Lei").contains("erasable");
        assertThat(((CustomerRegistered) eventsOf(mia.id()).get(0)).name()).isEqualTo("Mia Chen");

        Answer wrong = mia.http().send(DELETE, "/api/customers/me", "{\"password\":\"not my password\"}");
        assertProblem(wrong, 422, "wrong-password", "password");
        assertThat(accounts.byId(mia.id())).as("nothing erased on a wrong password").isPresent();

        assertThat(mia.http().send(DELETE, "/api/customers/me", "{\"password\":\"" + PASSWORD + "\"}").status())
                .isEqualTo(204);

        List<Object> events = eventsOf(mia.id());
        assertThat(events.get(events.size() - 1)).isEqualTo(new CustomerErased(mia.id(), ErasureRequester.CUSTOMER, null));
        CustomerRegistered registered = (CustomerRegistered) events.get(0);
        assertThat(registered.name()).isEqualTo(Erased.TEXT);
        assertThat(registered.email()).isEqualTo(EmailAddress.ERASED);
        assertThat(registered.phone()).isEqualTo(PhoneNumber.ERASED);
        OrderPlaced placed = (OrderPlaced) journey.payloadsOf(order).get(0);
        assertThat(placed.details().contact().name()).isEqualTo(Erased.TEXT);
        assertThat(placed.details().address().line1()).isEqualTo(Erased.TEXT);
        assertThat(placed.details().address().region()).as("no one's, kept").isEqualTo("Beijing");
        assertThat(placed.total()).as("what was sold stays").isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from command.order_contact where customer_id = ?", Long.class,
                mia.id().value())).isZero();
        assertThat(jdbc.queryForObject("select wrapped_key is null and erased_at is not null from privacy.subject_key"
                + " where subject = ?", Boolean.class, mia.id().value())).isTrue();
        Answer login = anonymous().send(POST, "/api/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(email, PASSWORD));
        assertThat(login.status()).as("the account is gone").isEqualTo(401);
    }

    @Test
    void an_administrator_erases_a_customer_saying_why_and_erasing_again_changes_nothing() {
        Registered mia = registered();
        HttpClientForTests admin = anonymous().as(tokens().forAccount(CustomerId.random(), Role.ADMIN));
        String path = "/api/admin/customers/" + mia.id();

        assertProblem(admin.send(DELETE, path, "{}"), 400, "invalid-request", "reason");
        assertThat(admin.send(DELETE, path, "{\"reason\":\"the customer asked by letter\"}").status()).isEqualTo(204);
        assertThat(admin.send(DELETE, path, "{\"reason\":\"asked again\"}").status()).isEqualTo(204);

        assertThat(eventsOf(mia.id()).stream().filter(CustomerErased.class::isInstance).toList())
                .containsExactly(new CustomerErased(mia.id(), ErasureRequester.BACK_OFFICE, "the customer asked by letter"));
        assertThat(((CustomerRegistered) eventsOf(mia.id()).get(0)).name()).isEqualTo(Erased.TEXT);
        assertThat(accounts.byId(mia.id())).isEmpty();
        assertThat(admin.send(DELETE, "/api/admin/customers/" + UUID.randomUUID(), "{\"reason\":\"a mistake\"}").status())
                .isEqualTo(404);
    }

    @Test
    void no_other_customer_nor_the_back_office_can_erase_a_customer() {
        Registered mia = registered();
        String path = "/api/admin/customers/" + mia.id();
        String body = "{\"reason\":\"I do not like her\"}";

        assertThat(journey.stranger().send(DELETE, path, body).status()).isEqualTo(403);
        assertThat(anonymous().as(tokens().forAccount(CustomerId.random(), Role.BACK_OFFICE)).send(DELETE, path, body).status())
                .isEqualTo(403);
        assertThat(anonymous().send(DELETE, path, body).status()).isEqualTo(401);
        assertThat(anonymous().send(DELETE, "/api/customers/me", "{\"password\":\"" + PASSWORD + "\"}").status())
                .isEqualTo(401);
        // a stranger's own "me" is theirs: Mia's password erases nobody
        assertThat(journey.stranger().send(DELETE, "/api/customers/me", "{\"password\":\"" + PASSWORD + "\"}").status())
                .isEqualTo(401);

        assertThat(accounts.byId(mia.id())).isPresent();
        assertThat(eventsOf(mia.id())).noneMatch(CustomerErased.class::isInstance);
        assertThat(((CustomerRegistered) eventsOf(mia.id()).get(0)).name()).isEqualTo("Mia Chen");
    }

    @Test
    void every_client_error_of_the_erasure_endpoints_is_a_problem_detail_naming_what_is_wrong() {
        Registered mia = registered();
        HttpClientForTests admin = anonymous().as(tokens().forAccount(CustomerId.random(), Role.ADMIN));
        String path = "/api/admin/customers/" + mia.id();

        assertProblem(admin.send(DELETE, "/api/admin/customers/not-a-uuid", "{\"reason\":\"asked\"}"), 400,
                "invalid-request", "customerId");
        assertProblem(admin.send(DELETE, path, "{\"reason\":\"" + "x".repeat(501) + "\"}"), 400, "invalid-request",
                "reason");
        assertProblem(admin.send(DELETE, path, "{\"reason\":\"asked\\u0000\"}"), 400, "invalid-request", "reason");
        assertProblem(admin.send(DELETE, path, "{\"reason\":"), 400, "malformed-json", null);
        assertProblem(mia.http().send(DELETE, "/api/customers/me", "{}"), 400, "invalid-request", "password");
        assertProblem(mia.http().send(DELETE, "/api/customers/me", "{\"password\":\"" + "p".repeat(1025) + "\"}"), 400,
                "invalid-request", "password");
        assertProblem(mia.http().send(DELETE, path, "{\"reason\":\"asked\"}"), 403, "forbidden", null);
        assertProblem(anonymous().send(DELETE, "/api/customers/me", "{\"password\":\"x\"}"), 401, "unauthorized", null);

        assertThat(accounts.byId(mia.id())).as("nothing refused erased anyone").isPresent();
        assertThat(eventsOf(mia.id())).noneMatch(CustomerErased.class::isInstance);
    }
}
