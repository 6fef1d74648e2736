package io.kiosk.web.cart;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A line the shopper wanted in the cart whose price changed since they saw it (the command side's 409
 * {@code price-changed}): kept in the session until they accept the new price (the line then goes in at it) or let it
 * go. The cart page asks "the price changed to …, accept?".
 *
 * @param id        this question's id, for the page's two buttons
 * @param line      the line as the shopper wanted it, at the price they saw
 * @param nowPrice  the unit price now
 */
public record PriceChange(UUID id, CartLine line, BigDecimal nowPrice) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
