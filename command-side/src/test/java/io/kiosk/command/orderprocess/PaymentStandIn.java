package io.kiosk.command.orderprocess;

import io.kiosk.api.payment.CancelPayment;
import io.kiosk.api.payment.RequestPayment;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the Payment aggregate (built on another branch) in every test context: takes
 * {@link RequestPayment} and {@link CancelPayment}, applies nothing, and remembers what it was asked.
 * Tests drive the outcome by publishing {@code PaymentSucceeded} or {@code PaymentFailed} themselves.
 */
@Component
public class PaymentStandIn {

    /**
     * Shared by every test context in the JVM: a saga event or a stored deadline may be handled by
     * another cached context's processor or scheduler than the test's own.
     */
    private static final List<Object> RECEIVED = new CopyOnWriteArrayList<>();

    @CommandHandler
    void handle(RequestPayment command) {
        RECEIVED.add(command);
    }

    @CommandHandler
    void handle(CancelPayment command) {
        RECEIVED.add(command);
    }

    public List<Object> received() {
        return List.copyOf(RECEIVED);
    }
}
