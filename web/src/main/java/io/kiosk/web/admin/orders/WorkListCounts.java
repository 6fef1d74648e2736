package io.kiosk.web.admin.orders;

import io.kiosk.client.command.api.PaymentReviewApi;
import io.kiosk.client.command.api.RefundsApi;
import io.kiosk.client.command.model.RefundStatus;
import io.kiosk.client.query.api.DeadLettersApi;
import io.kiosk.client.query.api.OrdersApi;
import io.kiosk.client.query.model.OrderStatus;
import io.kiosk.web.backend.Backend;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;

/**
 * How much waits in each work list, as the APIs count it now: the order and refund lists' {@code total}, the held
 * payments' number, and the parked events (dead letters) that the operations page deals with.
 */
@Component
public class WorkListCounts {

    private final OrdersApi orders;
    private final PaymentReviewApi payments;
    private final RefundsApi refunds;
    private final DeadLettersApi deadLetters;

    WorkListCounts(Backend backend) {
        this.orders = new OrdersApi(backend.queries());
        this.payments = new PaymentReviewApi(backend.commands());
        this.refunds = new RefundsApi(backend.commands());
        this.deadLetters = new DeadLettersApi(backend.queries());
    }

    /** What the console's home shows: each list's count and the dead letters'. */
    public record Counts(Map<WorkList, Long> lists, long deadLetters) {

        public long of(WorkList list) {
            return lists.getOrDefault(list, 0L);
        }
    }

    public Counts now() throws io.kiosk.client.query.ApiException, io.kiosk.client.command.ApiException {
        Map<WorkList, Long> counts = new EnumMap<>(WorkList.class);
        for (WorkList list : WorkList.values()) {
            counts.put(list, count(list));
        }
        return new Counts(counts, deadLetters.listDeadLetters(null).getLetters().size());
    }

    long count(WorkList list) throws io.kiosk.client.query.ApiException, io.kiosk.client.command.ApiException {
        return switch (list.source()) {
            case ORDERS -> orders.listOrders(OrderStatus.fromValue(list.status()), null, 0, 1, null).getTotal();
            case HELD_PAYMENTS -> payments.listHeldPayments().size();
            case REFUNDS -> refunds.listRefunds(RefundStatus.fromValue(list.status()), null, 0, 1).getTotal();
        };
    }
}
