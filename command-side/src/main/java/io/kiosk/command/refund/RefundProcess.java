package io.kiosk.command.refund;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.RecordOrderRefund;
import io.kiosk.api.order.ReduceRefundHold;
import io.kiosk.api.order.ReleaseRefundHold;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRefundAccepted;
import io.kiosk.api.payment.PaymentRefundFailed;
import io.kiosk.api.payment.PaymentRefundRefused;
import io.kiosk.api.payment.PaymentRefunded;
import io.kiosk.api.payment.RefundPayment;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.ApproveRefundOfCancelledOrder;
import io.kiosk.api.refund.CompleteRefund;
import io.kiosk.api.refund.EscalateRefund;
import io.kiosk.api.refund.ExpireReturn;
import io.kiosk.api.refund.RefundApproved;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundRejected;
import io.kiosk.api.refund.RefundRequested;
import io.kiosk.api.refund.RefundRetried;
import io.kiosk.api.refund.RefundWithdrawn;
import io.kiosk.api.refund.ReturnAccepted;
import io.kiosk.api.refund.ReturnAuthorised;
import io.kiosk.api.refund.ReturnDeadlinePassed;
import io.kiosk.api.refund.ReturnRefused;
import io.kiosk.api.refund.ReturnShipped;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;

/**
 * The refund process: takes an approved refund to the money being back, or frees what the order held for it.
 *
 * <p>Lifecycle. It starts with {@link RefundRequested} and waits for the review. {@link RefundApproved} for
 * less than asked frees the difference on the order. Without return the payout starts at once; with return it
 * waits for the goods until the return deadline ({@link ReturnAuthorised}; a {@link ReturnShipped} stops the
 * clock, as the goods are on their way): {@link ReturnAccepted} starts the payout, {@link ReturnRefused} or the
 * deadline ({@link ExpireReturn} → {@link ReturnDeadlinePassed}) end it. The payout asks the order's payment to
 * pay the amount back ({@link RefundPayment}, named by the refund's id, so the provider never pays twice):
 * {@link PaymentRefunded} completes the refund and the order counts it; {@link PaymentRefundAccepted} waits for
 * the provider's confirmation (WeChat Pay's notification) until {@code kiosk.refunds.confirmation-timeout};
 * {@link PaymentRefundFailed} tries again after a pause that doubles each time ({@code retry-backoff}, at most
 * {@code max-backoff}), and after {@code max-attempts} hands the refund to the back office ({@link
 * EscalateRefund}), which may retry it ({@link RefundRetried}). A payment that refuses outright (nothing to pay
 * back from, more than it collected: {@link PaymentRefundRefused}) is escalated at once, and so is a refund of an
 * order that names no payment. The provider itself is asked by the payment's adapter after the payment's events are
 * stored (which tries a provider that is down a few times within seconds); this process's retries are the slow ones. A rejection, withdrawal, refused or expired return
 * frees the order's hold. The order cancelled while the request waits for review approves it: a cancelled
 * paid order gives everything back ({@link ApproveRefundOfCancelledOrder}, which leaves a refund decided meanwhile as
 * it is). Every branch ends the saga; nothing is dropped silently. The process branches on events and on what its
 * commands answer, never on exception classes.
 *
 * <p>Deadlines are persistent (db-scheduler, like the order process's); errors propagate, so an event whose
 * commands fail is retried by the processor ({@code RefundConfiguration}). Each handler checks the step it
 * expects, so an event delivered again changes nothing.
 */
@Saga
@Revision("1")
@ProcessingGroup(RefundProcess.PROCESSING_GROUP)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class RefundProcess {

    static final String PROCESSING_GROUP = "refund-process";
    static final String RETRY = "refund-retry";
    static final String RETURN_DUE = "return-due";
    static final String CONFIRMATION_DUE = "refund-confirmation-due";

    private static final Logger log = LoggerFactory.getLogger(RefundProcess.class);

    /** Where the process stands. */
    enum Step { REVIEW, AWAITING_RETURN, PAYING_OUT, CONFIRMING, ESCALATED, CLOSED }

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient RefundProperties settings;

    private RefundId refundId;
    private OrderId orderId;
    private PaymentId paymentId;
    private Money amount;
    private int attempts;
    private String deadlineName;
    private String deadlineId;
    private Step step;

    @StartSaga
    @SagaEventHandler(associationProperty = "refundId")
    void on(RefundRequested event) {
        if (step != null) {
            return;
        }
        refundId = event.refundId();
        orderId = event.orderId();
        paymentId = event.paymentId();
        amount = event.amount();
        step = Step.REVIEW;
        SagaLifecycle.associateWith("orderId", orderId.toString());
    }

    @SagaEventHandler(associationProperty = "refundId")
    void on(RefundApproved event) {
        if (step != Step.REVIEW) {
            return;
        }
        if (event.amount().compareTo(event.requestedAmount()) < 0) {
            commands.sendAndWait(new ReduceRefundHold(orderId, refundId, event.amount()));
        }
        amount = event.amount();
        if (event.withReturn()) {
            step = Step.AWAITING_RETURN;
        } else {
            payOut();
        }
    }

    /** A paid order cancelled before it shipped gives everything back: a request still in review is approved. */
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderCancelled event) {
        if (step != Step.REVIEW) {
            return;
        }
        commands.sendAndWait(new ApproveRefundOfCancelledOrder(refundId));
    }

    @SagaEventHandler(associationProperty = "refundId")
    void on(ReturnAuthorised event) {
        if (step == Step.AWAITING_RETURN) {
            schedule(event.deadline(), RETURN_DUE);
        }
    }

    /** The goods are on their way: the deadline no longer applies, the warehouse will say what came. */
    @SagaEventHandler(associationProperty = "refundId")
    void on(ReturnShipped event) {
        if (step == Step.AWAITING_RETURN) {
            cancelDeadline();
        }
    }

    @DeadlineHandler(deadlineName = RETURN_DUE)
    void onReturnDue() {
        deadlineId = null;
        if (step == Step.AWAITING_RETURN) {
            commands.sendAndWait(new ExpireReturn(refundId));
        }
    }

    @SagaEventHandler(associationProperty = "refundId")
    void on(ReturnAccepted event) {
        if (step == Step.AWAITING_RETURN) {
            cancelDeadline();
            payOut();
        }
    }

    @SagaEventHandler(associationProperty = "refundId")
    void on(ReturnRefused event) {
        endWithoutMoney("return-refused");
    }

    @SagaEventHandler(associationProperty = "refundId")
    void on(ReturnDeadlinePassed event) {
        endWithoutMoney("return-expired");
    }

    @SagaEventHandler(associationProperty = "refundId")
    void on(RefundRejected event) {
        endWithoutMoney("rejected");
    }

    @SagaEventHandler(associationProperty = "refundId")
    void on(RefundWithdrawn event) {
        endWithoutMoney("withdrawn");
    }

    @SagaEventHandler(associationProperty = "refundId")
    void on(PaymentRefundAccepted event) {
        if (step == Step.PAYING_OUT) {
            step = Step.CONFIRMING;
            schedule(settings.confirmationTimeout(), CONFIRMATION_DUE);
        }
    }

    @SagaEventHandler(associationProperty = "refundId")
    void on(PaymentRefundFailed event) {
        if (step != Step.PAYING_OUT && step != Step.CONFIRMING) {
            return;
        }
        cancelDeadline();
        step = Step.PAYING_OUT;
        if (attempts >= settings.maxAttempts()) {
            escalate(event.reason(), event.message());
        } else {
            Duration pause = settings.backoffAfter(attempts);
            log.info("refund {}: attempt {} failed ({}); next attempt in {}", refundId, attempts, event.reason(), pause);
            schedule(pause, RETRY);
        }
    }

    /** The payment will not pay this back whatever is tried (nothing collected, more than is left): a person decides. */
    @SagaEventHandler(associationProperty = "refundId")
    void on(PaymentRefundRefused event) {
        if (step == Step.PAYING_OUT) {
            escalate(event.reason(), event.message());
        }
    }

    @DeadlineHandler(deadlineName = RETRY)
    void onRetryDue() {
        deadlineId = null;
        if (step == Step.PAYING_OUT) {
            payOut();
        }
    }

    @DeadlineHandler(deadlineName = CONFIRMATION_DUE)
    void onConfirmationDue() {
        deadlineId = null;
        if (step == Step.CONFIRMING) {
            escalate("refund-unconfirmed", "the provider accepted the refund but did not confirm it within "
                    + settings.confirmationTimeout());
        }
    }

    /** The money is back, even after an escalation (a provider that confirmed late): the refund and the order record it. */
    @SagaEventHandler(associationProperty = "refundId")
    void on(PaymentRefunded event) {
        if (step != Step.PAYING_OUT && step != Step.CONFIRMING && step != Step.ESCALATED) {
            return;
        }
        cancelDeadline();
        commands.sendAndWait(new CompleteRefund(refundId, event.providerRefundId(), event.refundedAt()));
        commands.sendAndWait(new RecordOrderRefund(orderId, refundId, event.amount()));
        close();
    }

    @SagaEventHandler(associationProperty = "refundId")
    void on(RefundRetried event) {
        if (step == Step.ESCALATED) {
            attempts = 0;
            payOut();
        }
    }

    private void payOut() {
        step = Step.PAYING_OUT;
        attempts++;
        if (paymentId == null) {
            escalate("payment-unknown", "the order names no payment to pay the refund back through");
            return;
        }
        commands.sendAndWait(new RefundPayment(paymentId, refundId, amount, "Kiosk refund for order " + orderId));
    }

    private void escalate(String reason, String message) {
        log.warn("refund {} escalated to the back office after {} attempt(s): {} ({})", refundId, attempts, reason, message);
        cancelDeadline();
        step = Step.ESCALATED;
        commands.sendAndWait(new EscalateRefund(refundId, attempts, reason, message));
    }

    private void endWithoutMoney(String reason) {
        if (step == null || step == Step.CLOSED) {
            return;
        }
        cancelDeadline();
        commands.sendAndWait(new ReleaseRefundHold(orderId, refundId, reason));
        close();
    }

    private void schedule(Duration after, String name) {
        deadlineName = name;
        deadlineId = deadlines.schedule(after, name);
    }

    private void schedule(Instant at, String name) {
        deadlineName = name;
        deadlineId = deadlines.schedule(at, name);
    }

    private void cancelDeadline() {
        if (deadlineId != null) {
            deadlines.cancelSchedule(deadlineName, deadlineId);
            deadlineId = null;
        }
    }

    private void close() {
        step = Step.CLOSED;
        SagaLifecycle.end();
    }
}
