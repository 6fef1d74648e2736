package io.kiosk.web.orders;

import io.kiosk.client.query.model.CheckoutDetails;
import io.kiosk.client.query.model.Contact;
import io.kiosk.client.query.model.DeliveryAddress;
import io.kiosk.client.query.model.DeliveryWindow;
import io.kiosk.client.query.model.Money;
import io.kiosk.client.query.model.OrderLine;
import io.kiosk.client.query.model.OrderRefundState;
import io.kiosk.client.query.model.OrderStatus;
import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.client.query.model.PaymentAction;
import io.kiosk.client.query.model.PaymentActionKind;
import io.kiosk.client.query.model.PaymentProvider;
import io.kiosk.client.query.model.PaymentState;
import io.kiosk.client.query.model.StatusChange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Orders as the query side answers them, for tests of what the pages make of them. */
public final class OrderExamples {

    public static final OffsetDateTime PLACED_AT = OffsetDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZoneOffset.UTC);

    private OrderExamples() {
    }

    /** A charger order of two units, placed and paid for with {@code method}, in {@code status}. */
    public static OrderSummary order(OrderStatus status, PaymentProvider method) {
        List<StatusChange> timeline = new ArrayList<>();
        timeline.add(new StatusChange().at(PLACED_AT).status(OrderStatus.PLACED));
        if (status != OrderStatus.PLACED) {
            timeline.add(new StatusChange().at(PLACED_AT.plusMinutes(1)).status(status));
        }
        return new OrderSummary().orderId(UUID.fromString("5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99")).cartId(UUID.randomUUID())
                .customerId(UUID.randomUUID()).status(status).placedAt(PLACED_AT).updatedAt(PLACED_AT.plusMinutes(1))
                .version(3L).total(yuan("535.80")).refundState(OrderRefundState.NONE).refunds(new ArrayList<>())
                .lines(List.of(new OrderLine().lineId(UUID.fromString("1a2b3c4d-6a55-4a4e-9d3a-3d3f2c1b0a99"))
                        .productId("ks-charger-pro").quantity(2).unitPrice(yuan("267.90"))
                        .options(Map.of("colour", "graphite", "size", "L"))))
                .estimate(new DeliveryWindow().earliest(LocalDate.of(2026, 12, 5)).latest(LocalDate.of(2026, 12, 6)))
                .details(new CheckoutDetails().paymentMethod(method).region("SH")
                        .contact(new Contact().name("Mia Chen").phone("+8613800138000").email("mia@example.com"))
                        .address(new DeliveryAddress().recipient("Mia Chen").phone("+8613800138000").line1("88 Century Avenue")
                                .city("Shanghai").region("Shanghai").postalCode("200120").country("CN")))
                .timeline(timeline);
    }

    /** The same order's payment, in {@code status}, with {@code action} (or none). */
    public static OrderSummary paying(OrderSummary order, String status, PaymentActionKind kind, String value) {
        return order.payment(new PaymentState().paymentId(UUID.randomUUID()).method(order.getDetails().getPaymentMethod())
                .status(status).action(kind == null ? null : new PaymentAction().kind(kind).value(value)));
    }

    public static Money yuan(String amount) {
        return new Money().amount(new BigDecimal(amount)).currency("CNY");
    }
}
