package io.kiosk.web.cart;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A cart as the cart page shows it, whether it is a customer's (read from the query side's cart read model) or an
 * anonymous shopper's (kept in the web session until they log in).
 *
 * @param cartId  the customer's cart, or null for the session's
 * @param lines   the lines, in the order they were added
 * @param changes prices that changed since the shopper saw them, waiting for their answer
 */
public record CartView(UUID cartId, List<CartLine> lines, List<PriceChange> changes) {

    public CartView {
        lines = List.copyOf(lines);
        changes = List.copyOf(changes);
    }

    public static CartView empty() {
        return new CartView(null, List.of(), List.of());
    }

    /** How many units the cart holds. */
    public int itemCount() {
        return lines.stream().mapToInt(CartLine::quantity).sum();
    }

    /** What the lines cost together (in the lines' currency, CNY for an empty cart). */
    public BigDecimal total() {
        return lines.stream().map(CartLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String currency() {
        return lines.isEmpty() ? "CNY" : lines.get(0).currency();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The line {@code itemId}, if the cart has it. */
    public java.util.Optional<CartLine> line(UUID itemId) {
        return lines.stream().filter(line -> line.itemId().equals(itemId)).findFirst();
    }
}
