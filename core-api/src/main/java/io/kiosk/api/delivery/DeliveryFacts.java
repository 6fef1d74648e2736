package io.kiosk.api.delivery;

import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.order.OrderLine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a checkout's delivery estimate is worked out from, looked up before the checkout is sent and carried in it,
 * so that the cart decides from the command alone: the region delivered to, the mall's day of the order, and for
 * each cart line its stock level and option lead days ({@link LineDelivery}). A line the look-up could not promise
 * (its product withdrawn or revised away from its options) is missing, and so is one added after the look-up.
 */
public record DeliveryFacts(Region region, LocalDate orderDate, List<LineDelivery> lines) {

    public DeliveryFacts {
        Objects.requireNonNull(region, "the region is required");
        Objects.requireNonNull(orderDate, "the order date is required");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * When these order lines arrive, by the {@link DeliveryRules}: each line's window from its stock, quantity and
     * option lead days; the order's is the latest of them (it ships whole). Empty when any line cannot be promised:
     * out of stock, or missing from these facts.
     */
    public Optional<DeliveryWindow> estimate(List<OrderLine> orderLines) {
        if (orderLines.isEmpty()) {
            return Optional.empty();
        }
        Map<CartItemId, LineDelivery> byLine = lines.stream()
                .collect(Collectors.toMap(LineDelivery::itemId, Function.identity(), (first, again) -> first));
        DeliveryWindow latest = null;
        for (OrderLine line : orderLines) {
            LineDelivery facts = byLine.get(line.lineId());
            Optional<DeliveryWindow> window = facts == null ? Optional.empty()
                    : DeliveryRules.estimate(facts.stock(), line.quantity().value(), facts.optionLeadDays(), region, orderDate);
            if (window.isEmpty()) {
                return Optional.empty();
            }
            latest = latest == null ? window.get() : later(latest, window.get());
        }
        return Optional.of(latest);
    }

    private static DeliveryWindow later(DeliveryWindow one, DeliveryWindow other) {
        return new DeliveryWindow(max(one.earliest(), other.earliest()), max(one.latest(), other.latest()));
    }

    private static LocalDate max(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
