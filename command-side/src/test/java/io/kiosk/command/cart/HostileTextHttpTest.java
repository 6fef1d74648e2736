package io.kiosk.command.cart;

import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.TestCheckout;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;

/**
 * Text a customer types never reaches an event unless it is text: a NUL byte (which PostgreSQL refuses to store,
 * so an order with one could never be shown) or another control character in an address, a contact or an
 * engraving is refused with a 400 naming the field, and nothing is stored.
 */
class HostileTextHttpTest extends ShoppingHttpTest {

    private String cartWithTwoChargers() {
        String cart = newCart();
        assertThat(http.send(POST, "/api/carts/" + cart + "/items", twoChargers).status()).isEqualTo(201);
        return cart;
    }

    @Test
    void a_nul_byte_in_the_delivery_address_is_refused_naming_the_field_and_no_order_is_placed() {
        String cart = cartWithTwoChargers();
        String body = TestCheckout.BODY.replace("\"recipient\":\"Li Lei\"", "\"recipient\":\"Li\\u0000Lei\"");

        Answer answer = http.send(POST, "/api/carts/" + cart + "/checkout", body);

        CartHttpTest.assertProblem(answer, 400, "invalid-request", "address.recipient");
        assertThat(answer.text("detail")).contains("NUL");
        assertThat(eventsOf(cart)).noneMatch(payload -> payload.contains("\\u0000"))
                .noneMatch(payload -> payload.contains("Nanjing"));
    }

    @Test
    void control_characters_in_the_contact_or_the_address_lines_are_refused_naming_each_field() {
        String cart = cartWithTwoChargers();

        CartHttpTest.assertProblem(http.send(POST, "/api/carts/" + cart + "/checkout",
                TestCheckout.BODY.replace("\"name\":\"Li Lei\"", "\"name\":\"Li\\r\\nLei\"")), 400, "invalid-request", "contact.name");
        CartHttpTest.assertProblem(http.send(POST, "/api/carts/" + cart + "/checkout",
                TestCheckout.BODY.replace("1 Nanjing Road", "1 Nanjing\\u001b[2J Road")), 400, "invalid-request", "address.line1");
        CartHttpTest.assertProblem(http.send(POST, "/api/carts/" + cart + "/checkout",
                TestCheckout.BODY.replace("\"city\":\"Shanghai\"", "\"city\":\"Shang\\u202ehai\"")), 400, "invalid-request", "address.city");
        CartHttpTest.assertProblem(http.send(POST, "/api/carts/" + cart + "/checkout",
                TestCheckout.BODY.replace("\"region\":\"SH\"", "\"region\":\"S\\u0000H\"")), 400, "invalid-request", "region");

        assertThat(http.send(POST, "/api/carts/" + cart + "/checkout", TestCheckout.BODY).status()).isEqualTo(201);
    }

    @Test
    void an_engraving_with_a_control_character_is_refused_and_one_in_composed_form_is_kept() {
        String cart = newCart();
        String engraved = """
                {"productId":"%s","options":{"colour":"graphite","size":"L","engraving":"%s"},"quantity":1}""";

        CartHttpTest.assertProblem(http.send(POST, "/api/carts/" + cart + "/items",
                engraved.formatted(chargerId, "For Mia\\u0000")), 400, "invalid-request", "options.engraving");

        Answer kept = http.send(POST, "/api/carts/" + cart + "/items", engraved.formatted(chargerId, "  Ame\\u0301lie "));
        assertThat(kept.status()).isEqualTo(201);
        assertThat(eventsOf(cart)).anyMatch(payload -> payload.contains("\"engraving\":\"Amélie\""));
    }

    /** The stored payloads of an aggregate's events, as JSON. */
    private List<String> eventsOf(String aggregateId) {
        return jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM eventstore.domain_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number", String.class, aggregateId);
    }
}
