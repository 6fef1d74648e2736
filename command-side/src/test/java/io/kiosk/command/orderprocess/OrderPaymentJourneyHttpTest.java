package io.kiosk.command.orderprocess;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.CancellationReason;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.SandboxHttpTest;
import io.kiosk.command.payment.ProviderCallbacks;
import io.kiosk.command.payment.StripeWebhooks;
import io.kiosk.command.payment.sandbox.SandboxCardWebhooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.Map;

import static io.kiosk.command.orderprocess.OrderJourney.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the money decides an order's journey, over HTTP with the real Payment aggregate and the payment
 * sandbox as every method's provider: the customer checks out, opens the page the payment points to and
 * pays (or declines) there; the sandbox sends the method's real signed notification to Kiosk's endpoint,
 * and the order process takes the order on: paid (the customer is mailed, on a real SMTP server in the
 * JVM), stock committed, picked, shipped and delivered; or cancelled with its stock released. A
 * notification delivered twice is applied once; one whose signature does not verify changes nothing.
 *
 * <p>Shares its Spring context with the other journeys ({@link SandboxHttpTest}).
 */
class OrderPaymentJourneyHttpTest extends SandboxHttpTest {

    @Autowired
    ApplicationContext context;

    private OrderJourney journey;

    @BeforeEach
    void setUp() {
        journey = newOrderJourney();
    }

    private static List<String> mailsTitled(String subject) {
        return mailSubjects().stream().filter(subject::equals).toList();
    }

    @ParameterizedTest
    @EnumSource(PaymentProvider.class)
    void an_order_paid_on_the_sandbox_is_mailed_about_then_picked_shipped_and_delivered(PaymentProvider method) {
        String order = journey.checkOutTwoChargers(method.name());
        PaymentRequested request = journey.paymentRequestedFor(order);
        assertThat(request.method()).isEqualTo(method);
        assertThat(request.amount().amount()).isEqualByComparingTo("398.00");
        assertThat(request.action().kind())
                .isEqualTo(method == PaymentProvider.WECHAT_PAY ? PaymentAction.Kind.QR_CODE : PaymentAction.Kind.REDIRECT);
        assertThat(journey.openSandboxPage(request)).contains(method.name(), "398.00 CNY", "value=\"pay\"");

        ProviderCallbacks.Answer paid = journey.chooseOnSandboxPage(request, "pay");

        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.body()).contains("Paid").containsPattern("which answered 20[04]");
        assertThat(journey.eventsWith(request.paymentId(), "PaymentSucceeded"))
                .containsExactly("PaymentRequested", "ProviderNotificationRecorded", "PaymentSucceeded");
        journey.assertPaid(order);
        String paidSubject = "Kiosk：您的订单 " + order + " 已付款";
        assertThat(eventually(() -> mailsTitled(paidSubject), mails -> !mails.isEmpty()))
                .as("the customer is told the order is paid").hasSize(1);

        assertThat(journey.pick(order).text("status")).isEqualTo("IN_FULFILMENT");
        Answer shipped = journey.ship(order);
        assertThat(shipped.status()).isEqualTo(200);
        assertThat(shipped.text("status")).isEqualTo("SHIPPED");
        Answer delivered = journey.deliver(order);
        assertThat(delivered.status()).isEqualTo(200);
        assertThat(delivered.text("status")).isEqualTo("DELIVERED");
        assertThat(journey.eventsOf(order)).containsExactly("OrderPlaced", "OrderAwaitingPayment", "OrderPaid",
                "OrderFulfilmentStarted", "OrderShipped", "OrderDelivered");
    }

    @ParameterizedTest
    @EnumSource(PaymentProvider.class)
    void a_declined_payment_cancels_the_order_and_its_stock_goes_back(PaymentProvider method) {
        String order = journey.checkOutTwoChargers(method.name());
        PaymentRequested request = journey.paymentRequestedFor(order);

        assertThat(journey.chooseOnSandboxPage(request, "decline").status()).isEqualTo(200);

        assertThat(journey.eventsWith(order, "OrderCancelled"))
                .containsExactly("OrderPlaced", "OrderAwaitingPayment", "OrderCancelled");
        assertThat(journey.payloadsOf(order)).last()
                .isEqualTo(new OrderCancelled(OrderId.of(order), CancellationReason.PAYMENT_FAILED, false));
        assertThat(journey.eventsOf(request.paymentId()))
                .containsExactly("PaymentRequested", "ProviderNotificationRecorded", "PaymentFailed");
        assertThat(journey.eventsEndingWith(journey.stockItem, "StockReleased"))
                .endsWith("StockReserved", "StockReleased").doesNotContain("StockCommitted");
        assertThat(journey.paymentDeadlinesOnceThereAre(order, 0))
                .as("a cancelled order has no deadline left").isZero();
    }

    /** The webhook is made and signed by stripe-java, and sent with its {@code Stripe-Signature} header as Stripe sends it. */
    @Test
    void a_card_webhook_signed_by_stripe_java_pays_the_order_once_however_often_it_is_delivered() {
        String order = journey.checkOutTwoChargers("CARD");
        PaymentRequested request = journey.paymentRequestedFor(order);
        SandboxCardWebhooks webhooks = new SandboxCardWebhooks(context);
        String succeeded = webhooks.succeeded(request);
        Map<String, String> signed = webhooks.signed(succeeded);

        ProviderCallbacks.Answer first = journey.sendNotification(SandboxCardWebhooks.PATH, "application/json", succeeded, signed);
        assertThat(journey.eventsWith(order, "OrderPaid")).contains("OrderPaid");
        assertThat(journey.eventsWith(journey.stockItem, "StockCommitted"))
                .endsWith("StockReserved", "StockCommitted");
        ProviderCallbacks.Answer again = journey.sendNotification(SandboxCardWebhooks.PATH, "application/json", succeeded, signed);

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).as("the provider is told it arrived, so it stops retrying").isEqualTo(200);
        assertThat(journey.eventsOf(request.paymentId()))
                .containsExactly("PaymentRequested", "ProviderNotificationRecorded", "PaymentSucceeded");
        assertThat(journey.eventsOf(order)).containsExactly("OrderPlaced", "OrderAwaitingPayment", "OrderPaid");
        assertThat(journey.eventsOf(journey.stockItem)).filteredOn("StockCommitted"::equals).hasSize(1);
    }

    @Test
    void a_notification_whose_signature_does_not_verify_is_refused_and_changes_nothing() {
        String order = journey.checkOutTwoChargers("CARD");
        PaymentRequested request = journey.paymentRequestedFor(order);
        SandboxCardWebhooks webhooks = new SandboxCardWebhooks(context);
        String succeeded = webhooks.succeeded(request);

        ProviderCallbacks.Answer forged = journey.sendNotification(SandboxCardWebhooks.PATH, "application/json", succeeded,
                StripeWebhooks.signed(succeeded, "whsec_not_the_sandbox_secret"));
        ProviderCallbacks.Answer tampered = journey.sendNotification(SandboxCardWebhooks.PATH, "application/json",
                succeeded.replace("\"amount_received\":39800", "\"amount_received\":1"),
                webhooks.signed(succeeded));

        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.body()).contains("/problems/invalid-signature");
        assertThat(tampered.status()).as("a body changed after signing").isEqualTo(401);
        assertThat(journey.eventsOf(request.paymentId())).containsExactly("PaymentRequested");
        assertThat(journey.eventsOf(order)).containsExactly("OrderPlaced", "OrderAwaitingPayment");
        assertThat(journey.eventsOf(journey.stockItem)).endsWith("StockReserved");
        assertThat(journey.paymentDeadlinesOf(order)).as("the order still waits for its money").isEqualTo(1);
    }
}
