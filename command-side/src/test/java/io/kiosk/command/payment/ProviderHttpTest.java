package io.kiosk.command.payment;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.CancelPayment;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRefundAccepted;
import io.kiosk.api.payment.PaymentRefundFailed;
import io.kiosk.api.payment.PaymentRefunded;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.RefundPayment;
import io.kiosk.api.payment.RequestPayment;
import io.kiosk.api.payment.RiskFigures;
import io.kiosk.api.payment.TradeClosed;
import io.kiosk.api.payment.TradeClosingFailed;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import io.kiosk.command.CommandSideHttpTest;
import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static io.kiosk.command.orderprocess.OrderJourney.eventually;

/**
 * The stage of a provider's tests: a payment of each test's own, the provider's calls to Kiosk's endpoints, and the
 * payment's events as stored. The provider is called by the payment's adapter after the payment's events are stored,
 * so the helpers here ask and then wait for the adapter's report. Adds no configuration; the subclass names its
 * merchant account (and so has a context of its own).
 */
abstract class ProviderHttpTest extends CommandSideHttpTest {

    /** The payment the test asks for. */
    final PaymentId payment = PaymentId.random();
    /** The provider, calling Kiosk back. */
    ProviderCallbacks callbacks;
    PaymentEvents events;

    @BeforeEach
    void providerCallsBackHere() {
        callbacks = new ProviderCallbacks(port);
        events = new PaymentEvents(store);
    }

    /** Asks for the payment (a customer with no history) and waits until the provider's answer is recorded. */
    void request(PaymentProvider method, String amount, String description) {
        commands.sendAndWait(new RequestPayment(payment, OrderId.random(), CustomerId.random(), method, Money.of(amount, "CNY"),
                description, null, null, RiskFigures.none(Instant.now())));
        awaitOneOf(PaymentRequested.class, PaymentFailed.class);
    }

    /** Cancels the payment and waits until the provider's word on closing its trade is recorded. */
    void cancel() {
        commands.sendAndWait(new CancelPayment(payment, "order-expired"));
        awaitOneOf(TradeClosed.class, TradeClosingFailed.class);
    }

    /** Asks for a refund of the payment and waits until the provider's answer is recorded. */
    RefundId refund(String amount) {
        RefundId refund = RefundId.random();
        commands.sendAndWait(new RefundPayment(payment, refund, Money.of(amount, "CNY"), "Kiosk refund"));
        awaitOneOf(PaymentRefunded.class, PaymentRefundAccepted.class, PaymentRefundFailed.class);
        return refund;
    }

    /** The payment's events once one of these types is among them. */
    List<Object> awaitOneOf(Class<?>... types) {
        return eventually(() -> events.of(payment),
                recorded -> recorded.stream().anyMatch(event -> Arrays.stream(types).anyMatch(type -> type.isInstance(event))));
    }
}
