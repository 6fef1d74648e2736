package io.kiosk.query.analytics;

import io.kiosk.api.cart.CartCheckedOut;
import io.kiosk.api.cart.CartCreated;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChargerPro;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.ProductDefined;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductLabel;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.order.CancellationReason;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.Contact;
import io.kiosk.api.order.OrderAwaitingPayment;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundApproved;
import io.kiosk.api.refund.RefundCompleted;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundLine;
import io.kiosk.api.refund.RefundReason;
import io.kiosk.api.refund.RefundRequested;
import io.kiosk.query.EventHistoryForTests;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One week of the mall, Monday 3 to Sunday 9 March 2031 (Shanghai time), whose figures the analytics tests know
 * by heart. Times below are the mall's; the events carry them as instants.
 *
 * <pre>
 * Mon 09:00 cart 1, checked out 09:20: 2 chargers (199.00) + 1 lamp (329.00) = 727.00 CNY, Alipay, paid 09:25
 * Mon 10:00 cart 2, checked out 10:05: 1 charger = 199.00 CNY, WeChat Pay declined at once by the risk check, cancelled
 * Mon 11:00 cart 3, left alone
 * Tue 20:00 cart 4, checked out 20:30: 1 lamp + 3 cables (49.00, placed without a label; defined as "cables")
 *           = 476.00 CNY, card, paid 20:40
 * Tue 23:50 cart 5, checked out Wed 00:10: 2 lamps = 658.00 CNY, Alipay, paid Wed 00:15
 * Thu 15:00 cart 6, checked out 15:05: 1 charger at 30.00 USD, card, paid 15:10
 * refunds (asked for an hour before, approved, paid back at): Fri 10:00 order 1, 1 lamp 329.00 DAMAGED;
 *          Sat 10:00 order 4, 1 cable 49.00 NOT_AS_DESCRIBED; Sun 10:00 order 5, 1 lamp 329.00 DAMAGED
 * </pre>
 */
final class AnalyticsStory {

    static final String FROM = "2031-03-03";
    static final String TO = "2031-03-09";
    static final String PERIOD = "from=" + FROM + "&to=" + TO;
    static final ProductId CHARGER = new ProductId("ks-an-charger");
    static final ProductId LAMP = new ProductId("ks-an-lamp");
    static final ProductId CABLE = new ProductId("ks-an-cable");

    private static final ProductLabel CHARGERS = ProductLabel.of(ChargerPro.definition("chargers"));
    private static final ProductLabel LAMPS = new ProductLabel(LocalizedText.of("KS 智能台灯", "KS Smart Desk Lamp"), "lamps");
    private static final ZoneId MALL = ZoneId.of("Asia/Shanghai");
    private static final CustomerId SHOPPER = CustomerId.random();
    private static boolean recorded;

    private AnalyticsStory() {
    }

    /** Writes the week into the event store, once per test run. */
    static synchronized void happened(EventHistoryForTests history) {
        if (!recorded) {
            record(history);
            recorded = true;
        }
    }

    /** Every event of the week is in the read model: the carts, orders and payments in their last state, the product defined. */
    static boolean caughtUp(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM analytics.cart_fact WHERE created_on BETWEEN :from AND :to)
                             + (SELECT count(*) FROM analytics.cart_fact WHERE checked_out_on BETWEEN :from AND :to)
                             + (SELECT count(*) FROM analytics.order_fact
                                WHERE placed_on BETWEEN :from AND :to AND status IN ('PAID', 'CANCELLED'))
                             + (SELECT count(*) FROM analytics.payment_fact
                                WHERE started_on BETWEEN :from AND :to AND status IN ('SUCCEEDED', 'FAILED'))
                             + (SELECT count(*) FROM analytics.product_fact WHERE product_id = :cable)
                             + (SELECT count(*) FROM analytics.refund_fact WHERE refunded_on BETWEEN :from AND :to)""")
                .param("from", LocalDate.parse(FROM)).param("to", LocalDate.parse(TO)).param("cable", CABLE.value())
                .query(Long.class).single() == 6 + 5 + 5 + 5 + 1 + 3;
    }

    private static void record(EventHistoryForTests history) {
        history.recordAt(mall("2031-03-01T12:00"), "Product", CABLE, new ProductDefined(CABLE, cable()));
        OrderLine firstLamp = line(LAMP, 1, "329.00", "CNY", LAMPS);
        OrderId first = checkout(history, "2031-03-03T09:00", "2031-03-03T09:20", PaymentProvider.ALIPAY, "2031-03-03T09:25",
                line(CHARGER, 2, "199.00", "CNY", CHARGERS), firstLamp);
        checkout(history, "2031-03-03T10:00", "2031-03-03T10:05", PaymentProvider.WECHAT_PAY, null,
                line(CHARGER, 1, "199.00", "CNY", CHARGERS));
        CartId abandoned = CartId.random();
        history.recordAt(mall("2031-03-03T11:00"), "Cart", abandoned, new CartCreated(abandoned, SHOPPER));
        OrderLine cables = line(CABLE, 3, "49.00", "CNY", null);
        OrderId fourth = checkout(history, "2031-03-04T20:00", "2031-03-04T20:30", PaymentProvider.CARD, "2031-03-04T20:40",
                line(LAMP, 1, "329.00", "CNY", LAMPS), cables);
        OrderLine twoLamps = line(LAMP, 2, "329.00", "CNY", LAMPS);
        OrderId fifth = checkout(history, "2031-03-04T23:50", "2031-03-05T00:10", PaymentProvider.ALIPAY, "2031-03-05T00:15",
                twoLamps);
        checkout(history, "2031-03-06T15:00", "2031-03-06T15:05", PaymentProvider.CARD, "2031-03-06T15:10",
                line(CHARGER, 1, "30.00", "USD", CHARGERS));
        refund(history, first, firstLamp, 1, RefundReason.DAMAGED, "2031-03-07T10:00");
        refund(history, fourth, cables, 1, RefundReason.NOT_AS_DESCRIBED, "2031-03-08T10:00");
        refund(history, fifth, twoLamps, 1, RefundReason.DAMAGED, "2031-03-09T10:00");
    }

    /**
     * A cart created and checked out, its order placed and awaiting a payment that succeeds at {@code paidAt},
     * or, without one, fails at once (risk-declined) and cancels the order.
     */
    private static OrderId checkout(EventHistoryForTests history, String createdAt, String checkedOutAt, PaymentProvider method,
                                    String paidAt, OrderLine... lines) {
        CartId cart = CartId.random();
        OrderId order = OrderId.random();
        PaymentId payment = PaymentId.random();
        List<OrderLine> confirmed = List.of(lines);
        Money total = confirmed.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        Instant checkout = mall(checkedOutAt);
        history.recordAt(mall(createdAt), "Cart", cart, new CartCreated(cart, SHOPPER));
        history.recordAt(checkout, "Cart", cart, new CartCheckedOut(cart, SHOPPER, order, confirmed, details(method), null));
        history.recordAt(checkout, "Order", order, new OrderPlaced(order, cart, SHOPPER, confirmed, total, details(method), null));
        history.recordAt(checkout.plusSeconds(1), "Order", order, new OrderAwaitingPayment(order, payment));
        if (paidAt == null) {
            history.recordAt(checkout.plusSeconds(60), "Payment", payment, new PaymentFailed(payment, order, "risk-declined",
                    "too many failed payments this hour"));
            history.recordAt(checkout.plusSeconds(61), "Order", order,
                    new OrderCancelled(order, CancellationReason.PAYMENT_FAILED, false));
            return order;
        }
        history.recordAt(checkout.plusSeconds(60), "Payment", payment, new PaymentRequested(payment, order, SHOPPER, method, total,
                new PaymentAction(PaymentAction.Kind.REDIRECT, "https://pay.example/" + payment)));
        history.recordAt(mall(paidAt), "Payment", payment, new PaymentSucceeded(payment, order, method, total, "T-" + payment,
                mall(paidAt)));
        history.recordAt(mall(paidAt).plusSeconds(1), "Order", order, new OrderPaid(order, payment));
        return order;
    }

    /** {@code units} of {@code line} asked back an hour before {@code paidBackAt}, approved at once, paid back then. */
    private static void refund(EventHistoryForTests history, OrderId order, OrderLine line, int units, RefundReason reason,
                               String paidBackAt) {
        RefundId refund = RefundId.random();
        RefundLine refunded = new RefundLine(line.lineId(), line.productId(), new Quantity(units), line.unitPrice());
        Money amount = refunded.amount();
        Instant paidBack = mall(paidBackAt);
        history.recordAt(paidBack.minusSeconds(3600), "Refund", refund, new RefundRequested(refund, order, SHOPPER,
                PaymentId.random(), PaymentProvider.ALIPAY, List.of(refunded), amount, reason, "it broke", false));
        history.recordAt(paidBack.minusSeconds(1800), "Refund", refund,
                new RefundApproved(refund, order, amount, amount, false, false, null));
        history.recordAt(paidBack, "Refund", refund, new RefundCompleted(refund, order, amount, "R-" + refund, paidBack));
    }

    private static Instant mall(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MALL).toInstant();
    }

    private static OrderLine line(ProductId product, int units, String price, String currency, ProductLabel label) {
        return new OrderLine(CartItemId.random(), product, new ChosenOptions(Map.of("colour", "graphite")), new Quantity(units),
                Money.of(price, currency), null, label);
    }


    private static ProductDefinition cable() {
        ProductDefinition charger = ChargerPro.definition();
        return new ProductDefinition(LocalizedText.of("KS 快充数据线", "KS Fast Charging Cable"), charger.description(), "cables",
                charger.images(), Money.of("49.00", "CNY"), charger.optionGroups());
    }

    private static CheckoutDetails details(PaymentProvider method) {
        return new CheckoutDetails(new DeliveryAddress("Mia Chen", new PhoneNumber("+8613800138000"), "88 Century Avenue", null,
                "Shanghai", "Shanghai", "200120", "CN"),
                new Contact("Mia Chen", new PhoneNumber("+8613800138000"), new EmailAddress("mia@example.com")), method, "SH");
    }
}
