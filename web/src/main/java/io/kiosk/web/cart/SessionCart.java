package io.kiosk.web.cart;

import jakarta.servlet.http.HttpSession;
import org.springframework.web.util.WebUtils;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the web session keeps of the cart: an anonymous shopper's lines (a shopper who has not logged in has no cart on
 * the command side, which is for customers), the price changes waiting for an answer, the signed-in customer's cart id
 * (so that a cart just opened is found before the read model has it) and the item count the header shows.
 */
final class SessionCart implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final String ATTRIBUTE = SessionCart.class.getName();

    private final List<CartLine> lines = new ArrayList<>();
    private final List<PriceChange> changes = new ArrayList<>();
    private UUID customerCartId;
    private int itemCount;
    /** The position of this session's last change to the customer's cart (null before one): reads wait for it. */
    private Long lastChange;

    /** The session's cart, made on first use. */
    static SessionCart of(HttpSession session) {
        synchronized (WebUtils.getSessionMutex(session)) {
            Object kept = session.getAttribute(ATTRIBUTE);
            if (kept instanceof SessionCart cart) {
                return cart;
            }
            SessionCart cart = new SessionCart();
            session.setAttribute(ATTRIBUTE, cart);
            return cart;
        }
    }

    /** The session's cart if it has one, for reading without making a session. */
    static Optional<SessionCart> existing(HttpSession session) {
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(ATTRIBUTE)).map(SessionCart.class::cast);
    }

    synchronized List<CartLine> lines() {
        return List.copyOf(lines);
    }

    synchronized void add(CartLine line) {
        lines.add(line);
        itemCount = lines.stream().mapToInt(CartLine::quantity).sum();
    }

    synchronized void changeQuantity(UUID itemId, int quantity) {
        lines.replaceAll(line -> line.itemId().equals(itemId) ? line.withQuantity(quantity) : line);
        itemCount = lines.stream().mapToInt(CartLine::quantity).sum();
    }

    synchronized void remove(UUID itemId) {
        lines.removeIf(line -> line.itemId().equals(itemId));
        itemCount = lines.stream().mapToInt(CartLine::quantity).sum();
    }

    /** Takes every anonymous line out (to hand them to the customer's cart). */
    synchronized List<CartLine> takeLines() {
        List<CartLine> taken = List.copyOf(lines);
        lines.clear();
        return taken;
    }

    synchronized List<PriceChange> changes() {
        return List.copyOf(changes);
    }

    synchronized void ask(PriceChange change) {
        changes.add(change);
    }

    synchronized Optional<PriceChange> answer(UUID changeId) {
        Optional<PriceChange> found = changes.stream().filter(change -> change.id().equals(changeId)).findFirst();
        found.ifPresent(changes::remove);
        return found;
    }

    synchronized Optional<UUID> customerCartId() {
        return Optional.ofNullable(customerCartId);
    }

    synchronized void customerCart(UUID cartId) {
        this.customerCartId = cartId;
    }

    synchronized int itemCount() {
        return itemCount;
    }

    synchronized void counted(int count) {
        this.itemCount = count;
    }

    /** Notes the position of a change made to the customer's cart (the newest one wins). */
    synchronized void changedAt(Long position) {
        if (position != null && (lastChange == null || position > lastChange)) {
            lastChange = position;
        }
    }

    /** The position a reading of the customer's cart waits for: {@code position} or this session's last change. */
    synchronized Long readingAt(Long position) {
        if (position == null) {
            return lastChange;
        }
        return lastChange == null ? position : Math.max(position, lastChange);
    }
}
