package io.kiosk.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An administrator erases a customer who ordered, in the running system (the query side logged in as its own role,
 * {@code kiosk_query}): the event store, read raw from PostgreSQL, never held their name, address or e-mail in the
 * clear and their key is gone; order tracking, the order search and the profile show them erased, no read model parked
 * an event doing so, and their password opens nothing any more.
 */
@ExtendWith(KioskExtension.class)
class CustomerErasureSystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final KioskSystem kiosk;
    private final Http commands;
    private final Http queries;
    private final People people;

    CustomerErasureSystemTest(KioskSystem kiosk) {
        this.kiosk = kiosk;
        this.commands = new Http(kiosk.commandApi());
        this.queries = new Http(kiosk.queryApi());
        this.people = new People(kiosk);
    }

    @Test
    void an_erased_customer_is_unreadable_in_the_event_store_erased_in_every_read_model_and_cannot_log_in() throws Exception {
        String unique = letters();
        String name = "Mia " + unique;
        String street = unique + " Road 8";
        String token = people.customer(name);
        String customer = subjectOf(token);
        JsonNode profile = eventually(queries.as(token), "/api/customers/me", body -> name.equals(body.path("name").asText()));
        String email = profile.path("email").asText();

        Http mia = commands.as(token);
        String cart = mia.post("/api/carts", null).text("cartId");
        assertThat(mia.post("/api/carts/" + cart + "/items", """
                {"productId":"ks-charger-pro","options":{"colour":"graphite","size":"L"},"quantity":1}""").status())
                .isEqualTo(201);
        Http.Answer checkout = mia.post("/api/carts/" + cart + "/checkout", """
                {"address":{"recipient":"%s","phone":"+8613900139000","line1":"%s",
                            "city":"Shanghai","region":"Shanghai","postalCode":"200001","country":"CN"},
                 "contact":{"name":"%s","phone":"+8613900139000","email":"%s"},
                 "paymentMethod":"ALIPAY","region":"SH"}""".formatted(name, street, name, email));
        assertThat(checkout.status()).isEqualTo(201);
        String order = checkout.text("orderId");
        Http staff = queries.as(people.staff("BACK_OFFICE"));
        eventually(staff, "/api/orders/" + order, body -> body.toString().contains(street));
        eventually(staff, "/api/search/orders?q=" + unique, body -> body.toString().contains(order));
        String admin = people.admin();
        long parkedBefore = ProjectionsAtRest.deadLetters(ProjectionsAtRest.awaitCaughtUp(queries.as(admin), PATIENCE));

        assertThat(commands.as(admin).send("DELETE", "/api/admin/customers/" + customer,
                "{\"reason\":\"the customer asked for erasure at the service desk\"}").status()).isEqualTo(204);

        EventLog events = new EventLog(kiosk.database());
        String stored = events.rows("SELECT convert_from(payload, 'UTF8') AS payload FROM eventstore.domain_event_entry"
                        + " WHERE aggregate_identifier IN (?, ?, ?)", customer, order, cart).stream()
                .map(row -> (String) row.get("payload")).collect(Collectors.joining("\n"));
        assertThat(stored).as("the customer's, the cart's and the order's events, raw")
                .contains("erasable", "BACK_OFFICE")
                .doesNotContain(unique, email, "8613900139000", "8613800138000");
        List<Map<String, Object>> key = events.rows("SELECT wrapped_key IS NULL AS gone, erased_at IS NOT NULL AS erased"
                + " FROM privacy.subject_key WHERE subject = ?", UUID.fromString(customer));
        assertThat(key).containsExactly(Map.of("gone", true, "erased", true));

        JsonNode tracking = eventually(staff, "/api/orders/" + order, body -> !body.toString().contains(street));
        assertThat(tracking.toString()).contains("[erased]").doesNotContain(unique, email);
        assertThat(tracking.path("total").path("amount").asText()).as("what was sold stays").isNotBlank();
        eventually(staff, "/api/search/orders?q=" + unique, body -> !body.toString().contains(order));
        eventually(queries.as(token), "/api/customers/me", body -> "[erased]".equals(body.path("name").asText()));
        assertThat(ProjectionsAtRest.deadLetters(ProjectionsAtRest.awaitCaughtUp(queries.as(admin), PATIENCE)))
                .as("erasing in the read models, as the query side's own role, parked nothing").isEqualTo(parkedBefore);
        assertThat(commands.post("/api/auth/login", """
                {"email":"%s","password":"a long secret phrase"}""".formatted(email)).status()).isEqualTo(401);
    }

    private static JsonNode eventually(Http http, String path, Predicate<JsonNode> condition) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    Http.Answer answer = http.get(path);
                    return answer.status() == 200 ? answer.body() : JSON.nullNode();
                }, body -> !body.isNull() && condition.test(body));
    }

    /** The account id an access token names (its {@code sub}). */
    private static String subjectOf(String token) throws Exception {
        byte[] claims = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
        return JSON.readTree(new String(claims, StandardCharsets.UTF_8)).path("sub").asText();
    }

    /** Letters only, unlike any other test's text: a name and a street this test alone writes. */
    private static String letters() {
        StringBuilder letters = new StringBuilder("Q");
        UUID.randomUUID().toString().replace("-", "").chars().limit(10).forEach(digit -> letters.append((char) ('a'
                + Character.digit(digit, 16))));
        return letters.toString();
    }
}
