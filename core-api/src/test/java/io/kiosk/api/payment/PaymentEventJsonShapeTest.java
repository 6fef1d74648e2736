package io.kiosk.api.payment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Payment events are stored as JSON forever: their shapes are pinned here. */
class PaymentEventJsonShapeTest {

    private static final PaymentId PAYMENT = PaymentId.of("5d1e2c3b-aaaa-4bbb-8ccc-0123456789ab");
    private static final OrderId ORDER = OrderId.of("7f1c1f7e-3f7b-4c51-9d7e-0f4b1a0c2d11");

    /** As the applications' mapper (Spring Boot's) writes them: instants as ISO-8601 text. */
    private final ObjectMapper json = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    void a_recorded_notification_is_stored_as_flat_readable_json() throws Exception {
        var event = new ProviderNotificationRecorded(PAYMENT, "2026112500222", ProviderOutcome.SUCCEEDED,
                Money.of("88.00", "CNY"), "2026112522001", Instant.parse("2026-11-25T10:15:30Z"));

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("""
                {"paymentId":"5d1e2c3b-aaaa-4bbb-8ccc-0123456789ab",\
                "notificationId":"2026112500222",\
                "outcome":"SUCCEEDED",\
                "amount":{"amount":"88.00","currency":"CNY"},\
                "providerTransactionId":"2026112522001",\
                "occurredAt":"2026-11-25T10:15:30Z"}""");
        assertThat(json.readValue(written, ProviderNotificationRecorded.class)).isEqualTo(event);
    }

    @Test
    void a_requested_payment_keeps_its_action() throws Exception {
        var event = new PaymentRequested(PAYMENT, ORDER, CustomerId.random(), PaymentProvider.WECHAT_PAY,
                Money.of("88.00", "CNY"), new PaymentAction(PaymentAction.Kind.QR_CODE, "weixin://wxpay/bizpayurl?pr=abc"));

        assertThat(json.readValue(json.writeValueAsBytes(event), PaymentRequested.class)).isEqualTo(event);
    }

    @Test
    void a_payment_held_for_review_keeps_what_it_needs_to_be_asked_later_and_the_rules_that_held_it() throws Exception {
        var event = new PaymentHeldForReview(PAYMENT, ORDER, CustomerId.of("0b7e5f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b"),
                PaymentProvider.ALIPAY, Money.of("24000.00", "CNY"), "Kiosk order", java.util.List.of("amount-above-threshold"));

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("""
                {"paymentId":"5d1e2c3b-aaaa-4bbb-8ccc-0123456789ab",\
                "orderId":"7f1c1f7e-3f7b-4c51-9d7e-0f4b1a0c2d11",\
                "customerId":"0b7e5f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b",\
                "method":"ALIPAY",\
                "amount":{"amount":"24000.00","currency":"CNY"},\
                "description":"Kiosk order",\
                "rules":["amount-above-threshold"]}""");
        assertThat(json.readValue(written, PaymentHeldForReview.class)).isEqualTo(event);
    }
}
