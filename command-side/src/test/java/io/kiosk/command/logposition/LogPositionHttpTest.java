package io.kiosk.command.logposition;

import io.kiosk.command.CommandSideHttpTest;
import io.kiosk.command.HttpClientForTests;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.TestCheckout;
import io.kiosk.command.catalog.TestProducts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Every answer to a request that changed something says how far the event log has gone with it: the
 * position of the request's last event, as the event store numbered it.
 */
class LogPositionHttpTest extends CommandSideHttpTest {

    private HttpClientForTests http;
    private String chargers;

    @BeforeEach
    void setUp() {
        http = newCustomer();
        String chargerId = TestProducts.uniqueId("ks-charger-pro");
        newBackOffice().offer(chargerId, TestProducts.charger());
        chargers = """
                {"productId":"%s","options":{"colour":"graphite","size":"L"},"quantity":2}""".formatted(chargerId);
    }

    private long lastPositionOf(String aggregateId) {
        return jdbc.queryForObject("select max(global_index) from eventstore.domain_event_entry where aggregate_identifier = ?",
                Long.class, aggregateId);
    }

    /** The test client reads header names in lower case. */
    private static final String HEADER = RequestLogPosition.HEADER.toLowerCase(java.util.Locale.ROOT);

    private long positionOf(String aggregateId, long sequence) {
        return jdbc.queryForObject("select global_index from eventstore.domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = ?", Long.class, aggregateId, sequence);
    }

    private static long position(Answer answer) {
        assertThat(answer.headers()).containsKey(HEADER);
        return Long.parseLong(answer.headers().get(HEADER));
    }

    @Test
    void opening_a_cart_answers_the_position_of_the_event_that_opened_it() {
        Answer opened = http.send(POST, "/api/carts", null);

        assertThat(opened.status()).isEqualTo(201);
        assertThat(position(opened)).isEqualTo(lastPositionOf(opened.text("cartId")));
    }

    @Test
    void each_change_answers_a_later_position_and_checkout_the_position_of_the_placed_order() {
        String cart = http.send(POST, "/api/carts", null).text("cartId");
        Answer added = http.send(POST, "/api/carts/" + cart + "/items", chargers);
        Answer checkedOut = http.send(POST, "/api/carts/" + cart + "/checkout", TestCheckout.BODY);

        assertThat(position(added)).isEqualTo(positionOf(cart, 1));
        String order = checkedOut.text("orderId");
        // the checkout closes the cart and places the order in one transaction, the order's first event last
        // (the order process moves the order on afterwards, in transactions of its own)
        assertThat(position(checkedOut)).isGreaterThan(position(added)).isEqualTo(positionOf(order, 0));
        assertThat(lastPositionOf(cart)).isLessThan(position(checkedOut));
    }

    @Test
    void a_refused_command_and_a_read_answer_no_position() {
        String cart = http.send(POST, "/api/carts", null).text("cartId");

        Answer emptyCheckout = http.send(POST, "/api/carts/" + cart + "/checkout", TestCheckout.BODY);
        Answer keys = http.send(GET, "/.well-known/jwks.json", null);

        assertThat(emptyCheckout.status()).isEqualTo(409);
        assertThat(emptyCheckout.headers()).doesNotContainKey(HEADER);
        assertThat(keys.status()).isEqualTo(200);
        assertThat(keys.headers()).doesNotContainKey(HEADER);
    }
}
