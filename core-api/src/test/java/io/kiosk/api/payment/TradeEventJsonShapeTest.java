package io.kiosk.api.payment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.inventory.ReservationId;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.inventory.StockReservationRefused;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events of payments that ask their provider through the adapter, and of a reservation the stock refused, are
 * stored as JSON forever: their shapes are pinned here.
 */
class TradeEventJsonShapeTest {

    private static final PaymentId PAYMENT = PaymentId.of("5d1e2c3b-aaaa-4bbb-8ccc-0123456789ab");
    private static final OrderId ORDER = OrderId.of("7f1c1f7e-3f7b-4c51-9d7e-0f4b1a0c2d11");
    private static final RefundId REFUND = new RefundId(UUID.fromString("0b0e5c1a-1111-4a4a-8c8c-123456789abc"));

    /** As the applications' mapper (Spring Boot's) writes them. */
    private final ObjectMapper json = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    void a_trade_asked_of_the_provider_keeps_what_the_adapter_needs_to_open_it() throws Exception {
        var event = new TradeOpeningRequested(PAYMENT, ORDER, CustomerId.of("0b7e5f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b"),
                PaymentProvider.WECHAT_PAY, Money.of("398.00", "CNY"), "Kiosk order");

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("""
                {"paymentId":"5d1e2c3b-aaaa-4bbb-8ccc-0123456789ab",\
                "orderId":"7f1c1f7e-3f7b-4c51-9d7e-0f4b1a0c2d11",\
                "customerId":"0b7e5f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b",\
                "method":"WECHAT_PAY",\
                "amount":{"amount":"398.00","currency":"CNY"},\
                "description":"Kiosk order"}""");
        assertThat(json.readValue(written, TradeOpeningRequested.class)).isEqualTo(event);
    }

    @Test
    void a_refund_asked_of_the_provider_keeps_what_the_payment_collected_and_how() throws Exception {
        var event = new PaymentRefundRequested(PAYMENT, ORDER, REFUND, Money.of("199.00", "CNY"), PaymentProvider.ALIPAY,
                Money.of("398.00", "CNY"), "2026112522001", "Kiosk refund");

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("""
                {"paymentId":"5d1e2c3b-aaaa-4bbb-8ccc-0123456789ab",\
                "orderId":"7f1c1f7e-3f7b-4c51-9d7e-0f4b1a0c2d11",\
                "refundId":"0b0e5c1a-1111-4a4a-8c8c-123456789abc",\
                "amount":{"amount":"199.00","currency":"CNY"},\
                "method":"ALIPAY",\
                "collected":{"amount":"398.00","currency":"CNY"},\
                "providerTransactionId":"2026112522001",\
                "reason":"Kiosk refund"}""");
        assertThat(json.readValue(written, PaymentRefundRequested.class)).isEqualTo(event);
    }

    @Test
    void a_refused_reservation_says_how_many_were_asked_for_how_many_were_free_and_why() throws Exception {
        var event = new StockReservationRefused(new StockItemId("ks-charger-pro/colour=graphite;size=L"),
                new ProductId("ks-charger-pro"), new ReservationId(UUID.fromString("9a8b7c6d-1111-4a4a-8c8c-123456789abc")),
                4, 3, "insufficient-stock");

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("""
                {"stockItemId":"ks-charger-pro/colour=graphite;size=L",\
                "productId":"ks-charger-pro",\
                "reservationId":"9a8b7c6d-1111-4a4a-8c8c-123456789abc",\
                "quantity":4,\
                "available":3,\
                "reason":"insufficient-stock"}""");
        assertThat(json.readValue(written, StockReservationRefused.class)).isEqualTo(event);
    }

    @Test
    void the_other_new_events_read_back_as_they_were_written() throws Exception {
        for (Object event : List.of(new TradeClosingRequested(PAYMENT, ORDER, PaymentProvider.CARD), new TradeClosed(PAYMENT, ORDER),
                new TradeClosingFailed(PAYMENT, ORDER, "provider-unavailable", "no answer"),
                new PaymentRefundRefused(PAYMENT, ORDER, REFUND, Money.of("10.00", "CNY"), "refund-exceeds-payment", "too much"))) {
            assertThat(json.readValue(json.writeValueAsBytes(event), event.getClass())).isEqualTo(event);
        }
    }
}
