package io.kiosk.command.problems;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.command.CommandSideHttpTest;
import io.kiosk.command.HttpClientForTests;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.TestCheckout;
import io.kiosk.command.catalog.BackOfficeClient;
import io.kiosk.command.catalog.TestProducts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

/**
 * What a client that sends something Kiosk cannot use gets back: a 400 in fixed, human words naming the field (with
 * the allowed values of a choice), never a Java class, a parser's position or a 500; text that is not text is
 * refused before it reaches an event; numbers are bounded before any arithmetic.
 */
class ProblemAnswersHttpTest extends CommandSideHttpTest {

    private static final String[] INTERNALS = {"io.kiosk", "java.", "com.fasterxml", "Cannot deserialize", "No enum constant",
            "line: ", "column: ", "Exception"};

    /** A 400 naming {@code field}, in words that give nothing of the implementation away. */
    private static Answer assertInvalid(Answer answer, String field) {
        assertProblem(answer, 400, "invalid-request", field);
        assertThat(answer.body().toString()).doesNotContain(INTERNALS);
        return answer;
    }

    @Test
    void an_unknown_payment_method_names_the_field_and_the_allowed_values_not_a_java_enum() {
        Answer answer = assertInvalid(newCustomer().send(POST, "/api/carts/" + UUID.randomUUID() + "/checkout",
                TestCheckout.body("BITCOIN", "SH")), "paymentMethod");

        assertThat(answer.text("detail")).isEqualTo("paymentMethod: 'BITCOIN' is not one of CARD, ALIPAY, WECHAT_PAY");
        assertThat(answer.body().path("allowed").toString()).isEqualTo("[\"CARD\",\"ALIPAY\",\"WECHAT_PAY\"]");
    }

    @Test
    void a_value_of_the_wrong_type_or_shape_and_an_unknown_field_are_named_in_plain_words() {
        HttpClientForTests customer = newCustomer();
        String items = "/api/carts/" + UUID.randomUUID() + "/items";

        assertThat(assertInvalid(customer.send(POST, items, "{\"productId\":\"ks-charger-pro\",\"quantity\":\"two\"}"), "quantity")
                .text("detail")).isEqualTo("quantity: 'two' is not a whole number");
        assertThat(assertInvalid(customer.send(POST, items, "{\"productId\":\"ks-charger-pro\",\"quantity\":{}}"), "quantity")
                .text("detail")).isEqualTo("quantity: must be a whole number");
        assertThat(assertInvalid(customer.send(POST, items, "{\"productId\":\"ks-charger-pro\",\"quantity\":1,\"colour\":\"red\"}"),
                "colour").text("detail")).isEqualTo("colour: is not a field of this request");
        assertThat(assertInvalid(customer.send(PATCH, "/api/customers/me", "{\"name\":[\"Mia\"]}"), "name")
                .text("detail")).isEqualTo("name: must be text");
    }

    @Test
    void an_unknown_status_or_a_malformed_id_in_the_address_is_named_with_what_it_should_be() {
        HttpClientForTests customer = newCustomer();

        Answer status = assertInvalid(customer.send(GET, "/api/refunds?status=LOST", null), "status");
        assertThat(status.body().path("allowed").toString()).contains("REQUESTED", "REFUNDED");
        assertThat(status.text("detail")).startsWith("status: 'LOST' is not one of REQUESTED, ");

        assertThat(assertInvalid(customer.send(GET, "/api/refunds/12345", null), "refundId").text("detail"))
                .isEqualTo("refundId: '12345' is not an id (a UUID such as 5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99)");
    }

    @Test
    void a_page_beyond_any_list_is_refused_naming_it() {
        HttpClientForTests customer = newCustomer();

        assertInvalid(customer.send(GET, "/api/refunds?page=2147483647&size=20", null), "page");
        assertInvalid(customer.send(GET, "/api/refunds?page=-1", null), "page");
        assertInvalid(customer.send(GET, "/api/refunds?page=99999999999", null), "page");
        assertThat(customer.send(GET, "/api/refunds?page=10000&size=100", null).status()).isEqualTo(200);
    }

    @Test
    @Timeout(20)
    void an_amount_with_an_exponent_is_refused_at_once_rather_than_multiplied_out() {
        HttpClientForTests staff = anonymous().as(tokens().forAccount(CustomerId.random(), Role.BACK_OFFICE));

        for (String amount : new String[]{"1e999999999", "1e-999999999", "1e2147483647", "10000000000000000"}) {
            Answer answer = staff.send(POST, "/api/refunds/" + UUID.randomUUID() + "/approval",
                    "{\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"CNY\"}}");
            assertInvalid(answer, "amount");
        }
    }

    @Test
    void text_with_control_characters_is_refused_wherever_people_type_it() {
        HttpClientForTests customer = newCustomer();
        HttpClientForTests staff = anonymous().as(tokens().forAccount(CustomerId.random(), Role.BACK_OFFICE));
        String somewhere = UUID.randomUUID().toString();

        assertInvalid(anonymous().send(POST, "/api/customers/registrations", """
                {"email":"nul.%s@example.com","name":"Mia\\u0000Chen","phone":"+8613800138000","password":"a long secret phrase"}"""
                .formatted(somewhere)), "name");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM command.account WHERE email = ?", Long.class,
                "nul." + somewhere + "@example.com")).isZero();
        assertInvalid(customer.send(PATCH, "/api/customers/me", "{\"name\":\"Mia\\u0007\"}"), "name");
        assertInvalid(customer.send(POST, "/api/customers/me/addresses", """
                {"recipient":"Mia Chen","phone":"+8613800138000","line1":"88 Century\\u0000Avenue","city":"Shanghai",
                 "region":"Shanghai","postalCode":"200120","country":"CN"}"""), "line1");
        assertInvalid(customer.send(POST, "/api/customers/me/payment-methods",
                "{\"provider\":\"CARD\",\"providerToken\":\"pm_123\",\"label\":\"Vi\\r\\nsa\"}"), "label");
        assertInvalid(customer.send(POST, "/api/orders/" + somewhere + "/refunds",
                "{\"reason\":\"DAMAGED\",\"note\":\"Box dented\\u0000\"}"), "note");
        assertInvalid(customer.send(POST, "/api/refunds/" + somewhere + "/return-shipment",
                "{\"carrier\":\"SF\\u0000\",\"trackingNumber\":\"SF1\"}"), "carrier");
        assertInvalid(staff.send(POST, "/api/orders/" + somewhere + "/shipment",
                "{\"carrier\":\"SF Express\",\"trackingNumber\":\"SF1\\u001b[0m\",\"eta\":{\"earliest\":\"2026-12-01\",\"latest\":\"2026-12-03\"}}"),
                "trackingNumber");
        assertInvalid(staff.send(POST, "/api/refunds/" + somewhere + "/rejection", "{\"reason\":\"no\\u0000\"}"), "reason");
        assertInvalid(staff.send(POST, "/api/payments/" + somewhere + "/rejection", "{\"reason\":\"no\\u0085\"}"), "reason");
    }

    @Test
    void a_product_text_with_a_control_character_is_refused_naming_the_language() {
        BackOfficeClient backOffice = newBackOffice();
        ObjectNode product = backOffice.newProduct(TestProducts.uniqueId("ks-charger"), TestProducts.charger());
        ((ObjectNode) product.path("definition").path("name")).put("en", "Charger\u0000Pro");

        assertInvalid(backOffice.http().send(POST, "/api/products", product.toString()), "definition.name.en");
    }

    @Test
    void an_address_that_is_not_a_plain_mailbox_is_refused() {
        for (String email : new String[]{"x<y@z>", "Mia <mia@example.com>", "mia@[192.0.2.1]", "mia@example.com\r\nBcc: x@example.com"}) {
            assertInvalid(anonymous().send(POST, "/api/customers/registrations", """
                    {"email":"%s","name":"Mia Chen","phone":"+8613800138000","password":"a long secret phrase"}"""
                    .formatted(email.replace("\r", "\\r").replace("\n", "\\n"))), "email");
        }
        assertInvalid(newCustomer().send(POST, "/api/carts/" + UUID.randomUUID() + "/checkout",
                TestCheckout.withContactEmail("x<y@z>", "ALIPAY", "SH")), "contact.email");
    }
}
