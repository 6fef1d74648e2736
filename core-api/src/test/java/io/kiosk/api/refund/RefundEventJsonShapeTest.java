package io.kiosk.api.refund;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.inventory.ReservationId;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.inventory.StockReceived;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderRefundRequested;
import io.kiosk.api.order.OrderRefundState;
import io.kiosk.api.order.OrderRefunded;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRefunded;
import io.kiosk.api.pricing.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Refund events are stored as JSON forever, and read models follow them: their shapes are pinned here. */
class RefundEventJsonShapeTest {

    private static final RefundId REFUND = RefundId.of("6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    private static final OrderId ORDER = OrderId.of("7f1c1f7e-3f7b-4c51-9d7e-0f4b1a0c2d11");
    private static final CustomerId CUSTOMER = CustomerId.of("3c2b1a00-9f8e-4d7c-8b6a-5f4e3d2c1b0a");
    private static final PaymentId PAYMENT = PaymentId.of("5d1e2c3b-aaaa-4bbb-8ccc-0123456789ab");
    private static final List<RefundLine> LINES = List.of(new RefundLine(CartItemId.of("0b0e5c1a-1111-4a4a-8c8c-123456789abc"),
            new ProductId("ks-charger-pro"), new Quantity(1), Money.of("199.00", "CNY")));
    private static final String LINES_JSON = """
            [{"lineId":"0b0e5c1a-1111-4a4a-8c8c-123456789abc","productId":"ks-charger-pro","quantity":1,\
            "unitPrice":{"amount":"199.00","currency":"CNY"}}]""";

    /** As the applications' mapper (Spring Boot's) writes them: instants as ISO-8601 text, nulls left out. */
    private final ObjectMapper json = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    @Test
    void a_refund_request_says_whose_which_units_how_much_why_and_through_which_payment_and_not_its_status() throws Exception {
        var event = new RefundRequested(REFUND, ORDER, CUSTOMER, PAYMENT, PaymentProvider.WECHAT_PAY, LINES,
                Money.of("199.00", "CNY"), RefundReason.DAMAGED, "frayed cable", false);

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("""
                {"refundId":"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","orderId":"7f1c1f7e-3f7b-4c51-9d7e-0f4b1a0c2d11",\
                "customerId":"3c2b1a00-9f8e-4d7c-8b6a-5f4e3d2c1b0a","paymentId":"5d1e2c3b-aaaa-4bbb-8ccc-0123456789ab",\
                "method":"WECHAT_PAY","lines":%s,"amount":{"amount":"199.00","currency":"CNY"},\
                "reason":"DAMAGED","note":"frayed cable","withReturn":false}""".formatted(LINES_JSON));
        RefundRequested read = json.readValue(written, RefundRequested.class);
        assertThat(read).isEqualTo(event);
        assertThat(read.status()).isEqualTo(RefundStatus.REQUESTED);
    }

    @Test
    void the_orders_hold_carries_what_the_refund_is_opened_with() throws Exception {
        var event = new OrderRefundRequested(ORDER, REFUND, CUSTOMER, PAYMENT, PaymentProvider.ALIPAY, LINES,
                Money.of("199.00", "CNY"), RefundReason.ORDER_CANCELLED, null, false, true);

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("""
                {"orderId":"7f1c1f7e-3f7b-4c51-9d7e-0f4b1a0c2d11","refundId":"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",\
                "customerId":"3c2b1a00-9f8e-4d7c-8b6a-5f4e3d2c1b0a","paymentId":"5d1e2c3b-aaaa-4bbb-8ccc-0123456789ab",\
                "method":"ALIPAY","lines":%s,"amount":{"amount":"199.00","currency":"CNY"},\
                "reason":"ORDER_CANCELLED","withReturn":false,"autoApproved":true}""".formatted(LINES_JSON));
        assertThat(json.readValue(written, OrderRefundRequested.class)).isEqualTo(event);
    }

    @Test
    void a_refunded_order_says_the_amount_the_total_so_far_and_the_refund_state() throws Exception {
        var event = new OrderRefunded(ORDER, REFUND, Money.of("199.00", "CNY"), LINES, Money.of("199.00", "CNY"),
                OrderRefundState.PARTIALLY_REFUNDED);

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("""
                {"orderId":"7f1c1f7e-3f7b-4c51-9d7e-0f4b1a0c2d11","refundId":"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",\
                "amount":{"amount":"199.00","currency":"CNY"},"lines":%s,\
                "refundedTotal":{"amount":"199.00","currency":"CNY"},"refundState":"PARTIALLY_REFUNDED"}""".formatted(LINES_JSON));
        assertThat(json.readValue(written, OrderRefunded.class)).isEqualTo(event);
    }

    @Test
    void an_authorised_return_keeps_the_address_and_the_deadline() throws Exception {
        var event = new ReturnAuthorised(REFUND, ORDER, new DeliveryAddress("Kiosk Returns Desk", new PhoneNumber("+862150000000"),
                "88 Century Avenue", null, "Shanghai", "Shanghai", "200120", "CN"), Instant.parse("2026-12-09T02:00:00Z"));

        String written = json.writeValueAsString(event);

        assertThat(written).isEqualTo("""
                {"refundId":"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","orderId":"7f1c1f7e-3f7b-4c51-9d7e-0f4b1a0c2d11",\
                "returnAddress":{"recipient":"Kiosk Returns Desk","phone":"+862150000000","line1":"88 Century Avenue",\
                "city":"Shanghai","region":"Shanghai","postalCode":"200120","country":"CN"},\
                "deadline":"2026-12-09T02:00:00Z"}""");
        assertThat(json.readValue(written, ReturnAuthorised.class)).isEqualTo(event);
    }

    @Test
    void the_approval_and_the_payout_keep_their_amounts_and_times() throws Exception {
        var approved = new RefundApproved(REFUND, ORDER, Money.of("150.00", "CNY"), Money.of("199.00", "CNY"), false, false,
                "one still works");
        var paidBack = new PaymentRefunded(PAYMENT, ORDER, REFUND, Money.of("150.00", "CNY"), "50300000012026112500000000001",
                Instant.parse("2026-11-25T10:16:00Z"));

        assertThat(json.writeValueAsString(approved)).isEqualTo("""
                {"refundId":"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","orderId":"7f1c1f7e-3f7b-4c51-9d7e-0f4b1a0c2d11",\
                "amount":{"amount":"150.00","currency":"CNY"},"requestedAmount":{"amount":"199.00","currency":"CNY"},\
                "withReturn":false,"automatically":false,"note":"one still works"}""");
        assertThat(json.writeValueAsString(paidBack)).isEqualTo("""
                {"paymentId":"5d1e2c3b-aaaa-4bbb-8ccc-0123456789ab","orderId":"7f1c1f7e-3f7b-4c51-9d7e-0f4b1a0c2d11",\
                "refundId":"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","amount":{"amount":"150.00","currency":"CNY"},\
                "providerRefundId":"50300000012026112500000000001","refundedAt":"2026-11-25T10:16:00Z"}""");
        assertThat(json.readValue(json.writeValueAsString(paidBack), PaymentRefunded.class)).isEqualTo(paidBack);
    }

    @Test
    void stock_received_before_stock_could_come_back_keeps_its_shape_and_a_return_names_its_reservation() throws Exception {
        StockItemId item = new StockItemId("ks-charger-pro/colour=graphite;size=L");
        var received = new StockReceived(item, new ProductId("ks-charger-pro"), ChosenOptions.none(), 3, 8, 1, null);
        var returned = new StockReceived(item, new ProductId("ks-charger-pro"), ChosenOptions.none(), 2, 10, 1,
                ReservationId.random());

        assertThat(json.writeValueAsString(received)).isEqualTo("""
                {"stockItemId":"ks-charger-pro/colour=graphite;size=L","productId":"ks-charger-pro","variant":{},\
                "quantity":3,"onHand":8,"reserved":1}""");
        assertThat(json.readValue(json.writeValueAsString(received), StockReceived.class).returnedFrom()).isNull();
        assertThat(json.readValue(json.writeValueAsString(returned), StockReceived.class)).isEqualTo(returned);
    }
}
