package io.kiosk.command.orderprocess;

import io.kiosk.api.inventory.ReserveStock;
import io.kiosk.api.order.AwaitOrderPayment;
import io.kiosk.api.order.ConfirmOrderPayment;
import io.kiosk.api.order.ExpireOrder;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.payment.RiskFigures;
import io.kiosk.command.inventory.StockReservation;
import io.kiosk.command.risk.CustomerRiskFigures;
import org.axonframework.test.saga.SagaTestFixture;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What the aggregates answer the order process's commands in its saga tests: by default what they answer an order
 * that goes well (units held, the order awaiting payment, paid, expired); a test replaces the answer it is about.
 * The customer's risk figures are fixed.
 */
final class AggregateAnswers {

    static final RiskFigures FIGURES = new RiskFigures(1, 0, Instant.parse("2025-03-01T08:00:00Z"),
            Instant.parse("2026-11-25T02:00:00Z"));

    private final Map<Class<?>, Function<Object, Object>> answers = new HashMap<>();

    private AggregateAnswers() {
        answers.put(ReserveStock.class, command -> held((ReserveStock) command));
        answers.put(AwaitOrderPayment.class, command -> OrderStatus.AWAITING_PAYMENT);
        answers.put(ConfirmOrderPayment.class, command -> OrderStatus.PAID);
        answers.put(ExpireOrder.class, command -> OrderStatus.EXPIRED);
    }

    /** The answers and the risk figures, given to the fixture. */
    static AggregateAnswers givenTo(SagaTestFixture<OrderProcess> fixture) {
        AggregateAnswers answers = new AggregateAnswers();
        fixture.registerResource((CustomerRiskFigures) customer -> FIGURES);
        fixture.setCallbackBehavior((command, metaData) ->
                answers.answers.getOrDefault(command.getClass(), any -> null).apply(command));
        return answers;
    }

    /** From now on, commands of this type are answered so. */
    <C> void answer(Class<C> type, Function<C, Object> answer) {
        answers.put(type, command -> answer.apply(type.cast(command)));
    }

    static StockReservation held(ReserveStock command) {
        return new StockReservation(command.stockItemId(), command.reservationId(), true, null);
    }

    static StockReservation refused(ReserveStock command, String reason) {
        return new StockReservation(command.stockItemId(), command.reservationId(), false, reason);
    }
}
