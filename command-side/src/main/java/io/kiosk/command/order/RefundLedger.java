package io.kiosk.command.order;

import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderRefundHoldReduced;
import io.kiosk.api.order.OrderRefundReleased;
import io.kiosk.api.order.OrderRefundRequested;
import io.kiosk.api.order.OrderRefundState;
import io.kiosk.api.order.OrderRefunded;
import io.kiosk.api.order.RecordOrderRefund;
import io.kiosk.api.order.ReduceRefundHold;
import io.kiosk.api.order.ReleaseRefundHold;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundItem;
import io.kiosk.api.refund.RefundLine;
import io.kiosk.api.refund.RequestRefund;
import io.kiosk.command.RuleViolation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an order gave back and what it holds for refunds under way: the money refunded, the money and units
 * each open refund holds, and the units of each line already refunded. Its rule: a new refund claims only
 * what is left, never more units of a line than were bought minus those refunded or held, and never more
 * money than was paid minus what was refunded or is held; so however many refunds an order gets, they never
 * add up to more than was paid. Two requests that race are put in line by the order's own event stream.
 * A refund settles the units it names, whatever amount was finally approved for them.
 */
final class RefundLedger {

    /** What one refund under way holds. */
    record Hold(Money amount, List<RefundLine> lines) {
    }

    private Money refunded;
    private final Map<RefundId, Hold> held = new LinkedHashMap<>();
    private final Map<CartItemId, Integer> unitsRefunded = new HashMap<>();
    private final Set<RefundId> settled = new HashSet<>();

    void start(Money zero) {
        refunded = zero;
    }

    Money refunded() {
        return refunded;
    }

    /** The money of {@code paid} no refund has taken or holds. */
    Money left(Money paid) {
        return held.values().stream().map(Hold::amount).reduce(paid.minus(refunded), Money::minus);
    }

    Optional<Hold> hold(RefundId refundId) {
        return Optional.ofNullable(held.get(refundId));
    }

    boolean knows(RefundId refundId) {
        return held.containsKey(refundId) || settled.contains(refundId);
    }

    /** Every unit of {@code lines} not refunded or held, as refund lines. */
    List<RefundLine> remaining(Collection<OrderLine> lines) {
        List<RefundLine> remaining = new ArrayList<>();
        for (OrderLine line : lines) {
            int left = unitsLeft(line);
            if (left > 0) {
                remaining.add(new RefundLine(line.lineId(), line.productId(), new Quantity(left), line.unitPrice()));
            }
        }
        return remaining;
    }

    /**
     * What a request claims of an order that cost {@code paid}: the units it names (every unit left, when it
     * names none) as refund lines priced as bought. Refused when a line is unknown or has too few units left,
     * when nothing is left, or when the units would cost more than the money left.
     */
    List<RefundLine> claim(OrderId orderId, Map<CartItemId, OrderLine> lines, Money paid, RequestRefund request) {
        List<RefundLine> claimed = request.wholeOrder() ? remaining(lines.values()) : named(orderId, lines, request.items());
        Money amount = RefundLine.total(claimed, paid.minus(paid));
        Money left = left(paid);
        if (claimed.isEmpty() || left.amount().signum() <= 0) {
            throw RuleViolation.unprocessable("nothing-left-to-refund", "lines",
                    "everything paid for order " + orderId + " is refunded or claimed by a refund under way");
        }
        if (amount.compareTo(left) > 0) {
            throw RuleViolation.unprocessable("refund-exceeds-remainder", "lines", "these units cost " + amount
                    + ", but only " + left + " of what was paid for order " + orderId + " can still be refunded").with("left", left);
        }
        return claimed;
    }

    /** Frees the difference when refund {@code command.refundId()} was approved for less than it holds. */
    Optional<OrderRefundHoldReduced> reduce(OrderId orderId, ReduceRefundHold command) {
        return hold(command.refundId()).filter(hold -> command.amount().compareTo(hold.amount()) < 0)
                .map(hold -> new OrderRefundHoldReduced(orderId, command.refundId(), command.amount(),
                        hold.amount().minus(command.amount())));
    }

    /** Frees all a refund that ended without money holds; nothing when it holds nothing (any more). */
    Optional<OrderRefundReleased> release(OrderId orderId, ReleaseRefundHold command) {
        return hold(command.refundId()).map(hold -> new OrderRefundReleased(orderId, command.refundId(), hold.amount(),
                command.reason()));
    }

    /** Counts a paid-out refund, with the units it held; more than it held is a fault, never applied. */
    Optional<OrderRefunded> record(OrderId orderId, RecordOrderRefund command, Money paid) {
        Hold hold = held.get(command.refundId());
        if (hold == null) {
            return Optional.empty();
        }
        if (command.amount().compareTo(hold.amount()) > 0) {
            throw RuleViolation.conflict("refund-exceeds-hold", "refund " + command.refundId() + " paid " + command.amount()
                    + " but order " + orderId + " held only " + hold.amount() + " for it");
        }
        Money refundedTotal = refunded.plus(command.amount());
        return Optional.of(new OrderRefunded(orderId, command.refundId(), command.amount(), hold.lines(), refundedTotal,
                stateAfter(refundedTotal, paid)));
    }

    private List<RefundLine> named(OrderId orderId, Map<CartItemId, OrderLine> lines, List<RefundItem> items) {
        List<RefundLine> claimed = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            RefundItem item = items.get(index);
            OrderLine line = lines.get(item.lineId());
            if (line == null) {
                throw RuleViolation.unprocessable("unknown-order-line", "lines[" + index + "].lineId",
                        "order " + orderId + " has no line " + item.lineId());
            }
            int left = unitsLeft(line);
            if (item.quantity().value() > left) {
                throw RuleViolation.unprocessable("refund-exceeds-remainder", "lines[" + index + "].quantity",
                        (left == 0 ? "no" : "only " + left) + " of the " + line.quantity() + " units of line " + line.lineId()
                                + " (" + line.productId() + ") are left to refund; " + item.quantity() + " were asked for")
                        .with("unitsLeft", left);
            }
            claimed.add(new RefundLine(line.lineId(), line.productId(), item.quantity(), line.unitPrice()));
        }
        return claimed;
    }

    private static OrderRefundState stateAfter(Money refundedTotal, Money paid) {
        if (refundedTotal.isZero()) {
            return OrderRefundState.NONE;
        }
        return refundedTotal.compareTo(paid) >= 0 ? OrderRefundState.FULLY_REFUNDED : OrderRefundState.PARTIALLY_REFUNDED;
    }

    void on(OrderRefundRequested event) {
        held.put(event.refundId(), new Hold(event.amount(), event.lines()));
    }

    void on(OrderRefundHoldReduced event) {
        held.computeIfPresent(event.refundId(), (id, hold) -> new Hold(event.amount(), hold.lines()));
    }

    void on(OrderRefundReleased event) {
        held.remove(event.refundId());
        settled.add(event.refundId());
    }

    void on(OrderRefunded event) {
        held.remove(event.refundId());
        settled.add(event.refundId());
        refunded = event.refundedTotal();
        event.lines().forEach(line -> unitsRefunded.merge(line.lineId(), line.quantity().value(), Integer::sum));
    }

    private int unitsLeft(OrderLine line) {
        int holding = held.values().stream().flatMap(hold -> hold.lines().stream())
                .filter(claimed -> claimed.lineId().equals(line.lineId()))
                .mapToInt(claimed -> claimed.quantity().value()).sum();
        return line.quantity().value() - unitsRefunded.getOrDefault(line.lineId(), 0) - holding;
    }
}
