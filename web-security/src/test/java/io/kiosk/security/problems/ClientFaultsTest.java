package io.kiosk.security.problems;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.PaymentProvider;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixed words a client reads when its body cannot be read: the field, what it should be, never a class name. */
class ClientFaultsTest {

    record Checkout(PaymentProvider paymentMethod, Integer quantity, EmailAddress email, DeliveryAddress address, List<String> tags) {
    }

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Optional<Fault> faultOf(String body) {
        try {
            json.readValue(body, Checkout.class);
        } catch (Exception unreadable) {
            return ClientFaults.unreadable(new HttpMessageNotReadableException("unreadable", unreadable,
                    new MockHttpInputMessage(body.getBytes())));
        }
        throw new AssertionError("the body was read");
    }

    @Test
    void a_value_that_is_not_one_of_an_enum_lists_the_allowed_ones() {
        Fault fault = faultOf("{\"paymentMethod\":\"BITCOIN\"}").orElseThrow();

        assertThat(fault).isEqualTo(new Fault("paymentMethod", "'BITCOIN' is not one of CARD, ALIPAY, WECHAT_PAY",
                List.of("CARD", "ALIPAY", "WECHAT_PAY")));
    }

    @Test
    void wrong_types_and_shapes_are_said_in_words() {
        assertThat(faultOf("{\"quantity\":\"two\"}")).contains(new Fault("quantity", "'two' is not a whole number"));
        assertThat(faultOf("{\"quantity\":[1]}")).contains(new Fault("quantity", "must be a whole number"));
        assertThat(faultOf("{\"email\":{\"value\":1}}")).contains(new Fault("email", "must be text"));
        assertThat(faultOf("{\"tags\":\"one\"}")).contains(new Fault("tags", "must be a list"));
        assertThat(faultOf("{\"address\":\"here\"}")).contains(new Fault("address", "must be an object"));
        assertThat(faultOf("{\"colour\":\"red\"}")).contains(new Fault("colour", "is not a field of this request"));
    }

    @Test
    void a_value_objects_own_refusal_is_passed_on_and_a_text_refusal_names_the_part() {
        assertThat(faultOf("{\"email\":\"x<y@z>\"}")).contains(new Fault("email", "is not a valid e-mail address"));
        assertThat(faultOf("""
                {"address":{"recipient":"Li\\u0000Lei","phone":"+8613800138000","line1":"1 Nanjing Road","city":"Shanghai",
                 "region":"Shanghai","postalCode":"200001","country":"CN"}}"""))
                .contains(new Fault("address.recipient", "contains a NUL character (U+0000); only one line of text is kept"));
    }

    @Test
    void a_body_that_is_no_json_object_is_left_to_the_malformed_json_answer() {
        assertThat(faultOf("{\"quantity\":")).isEmpty();
        assertThat(faultOf("[1, 2]")).isEmpty();
    }

    @Test
    void a_refusal_worded_by_the_jdk_is_not_passed_on() {
        IllegalArgumentException jdk = null;
        try {
            UUID.fromString("not-a-uuid");
        } catch (IllegalArgumentException refused) {
            jdk = refused;
        }
        assertThat(ClientFaults.refusal("orderId", jdk)).isEqualTo(new Fault("orderId", "is not a valid value"));
    }
}
