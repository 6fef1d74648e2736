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

    private final List<Object> received = new CopyOnWriteArrayList<>();

    @CommandHandler
    void handle(RequestPayment command) {
        received.add(command);
    }

    @CommandHandler
    void handle(CancelPayment command) {
        received.add(command);
    }

    public List<Object> received() {
        return List.copyOf(received);
    }
}
