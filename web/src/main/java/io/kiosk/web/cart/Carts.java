package io.kiosk.web.cart;

import io.kiosk.client.command.ApiException;
import io.kiosk.client.query.model.CartSummary;
import io.kiosk.web.account.CustomerSignedIn;
import io.kiosk.web.problems.ApiProblem;
import io.kiosk.web.session.AccessTokens;
import io.kiosk.web.session.SignedIn;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The cart, whoever is shopping: a signed-in customer's lives on the command side ({@link CustomerCarts}), an
 * anonymous shopper's in the web session ({@link SessionCart}) until they log in, when its lines go into the
 * customer's cart at the prices the shopper saw. A line whose price changed meanwhile (409 {@code price-changed}) is
 * not added: the cart page asks whether the new price is fine ({@link PriceChange}).
 */
@Component
public class Carts {

    private static final Logger log = LoggerFactory.getLogger(Carts.class);

    private final CustomerCarts customers;

    Carts(CustomerCarts customers) {
        this.customers = customers;
    }

    /** The cart of the session's shopper, as of {@code position} (the last change's, or null). */
    public CartView view(HttpSession session, Long position) throws io.kiosk.client.query.ApiException {
        SessionCart kept = SessionCart.of(session);
        if (!customerSignedIn()) {
            return new CartView(null, kept.lines(), kept.changes());
        }
        if (!kept.lines().isEmpty()) {
            // lines left from before the login that could not be handed over then
            handOver(kept);
        }
        // a change this session made (the lines handed over at the login, say) is in the cart it reads
        Optional<CartSummary> cart = customers.current(kept, kept.readingAt(position));
        List<CartLine> lines = cart.map(CustomerCarts::lines).orElse(List.of());
        kept.counted(lines.stream().mapToInt(CartLine::quantity).sum());
        return new CartView(cart.map(CartSummary::getCartId).orElse(null), lines, kept.changes());
    }

    /** How many items the header shows in the session's cart (as of its last change or reading). */
    public static int itemCount(HttpSession session) {
        return SessionCart.existing(session).map(SessionCart::itemCount).orElse(0);
    }

    /**
     * Puts {@code line} in the cart at the price the shopper saw. Answers the change's position, or empty when the
     * price changed (the cart page then asks) or the cart is the session's.
     */
    public Optional<Long> add(HttpSession session, CartLine line) throws ApiException, io.kiosk.client.query.ApiException {
        SessionCart kept = SessionCart.of(session);
        if (!customerSignedIn()) {
            kept.add(line);
            return Optional.empty();
        }
        return addForCustomer(kept, line);
    }

    private Optional<Long> addForCustomer(SessionCart kept, CartLine line) throws ApiException, io.kiosk.client.query.ApiException {
        UUID cartId = customers.openCart(kept);
        try {
            Long position = customers.add(cartId, line);
            kept.changedAt(position);
            kept.counted(kept.itemCount() + line.quantity());
            return Optional.ofNullable(position);
        } catch (ApiException refused) {
            ApiProblem problem = ApiProblem.of(refused);
            if (problem.is("price-changed") && problem.currentUnitPrice().isPresent()) {
                kept.ask(new PriceChange(UUID.randomUUID(), line, problem.currentUnitPrice().get().amount()));
                return Optional.empty();
            }
            if (problem.is("cart-checked-out") || problem.status() == 404) {
                // the cart this session knew was checked out (on another device, say): a new one takes the line
                kept.customerCart(null);
                Long position = customers.add(customers.openCart(kept), line);
                kept.changedAt(position);
                return Optional.ofNullable(position);
            }
            throw refused;
        }
    }

    /** Changes a line's quantity; answers the change's position, if the cart is a customer's. */
    public Optional<Long> changeQuantity(HttpSession session, UUID itemId, int quantity)
            throws ApiException, io.kiosk.client.query.ApiException {
        SessionCart kept = SessionCart.of(session);
        if (!customerSignedIn()) {
            kept.changeQuantity(itemId, quantity);
            return Optional.empty();
        }
        Long position = customers.changeQuantity(customers.openCart(kept), itemId, quantity);
        kept.changedAt(position);
        return Optional.ofNullable(position);
    }

    /** Takes a line out of the cart; answers the change's position, if the cart is a customer's. */
    public Optional<Long> remove(HttpSession session, UUID itemId) throws ApiException, io.kiosk.client.query.ApiException {
        SessionCart kept = SessionCart.of(session);
        if (!customerSignedIn()) {
            kept.remove(itemId);
            return Optional.empty();
        }
        Long position = customers.remove(customers.openCart(kept), itemId);
        kept.changedAt(position);
        return Optional.ofNullable(position);
    }

    /** The shopper accepts the new price of a changed line: it goes into the cart at that price. */
    public Optional<Long> accept(HttpSession session, UUID changeId) throws ApiException, io.kiosk.client.query.ApiException {
        Optional<PriceChange> change = SessionCart.of(session).answer(changeId);
        if (change.isEmpty()) {
            return Optional.empty();
        }
        CartLine line = change.get().line();
        return add(session, new CartLine(UUID.randomUUID(), line.productId(), line.nameZh(), line.nameEn(), line.options(),
                line.quantity(), change.get().nowPrice(), line.currency()));
    }

    /** The shopper does not want a changed line at its new price. */
    public void decline(HttpSession session, UUID changeId) {
        SessionCart.of(session).answer(changeId);
    }

    /**
     * A shopper who filled a cart before logging in keeps it: its lines go into the customer's cart, at the prices they
     * saw (a changed price waits for their answer on the cart page).
     */
    @EventListener
    void handOverTheSessionCart(CustomerSignedIn signedIn) {
        HttpSession session = signedIn.request().getSession(false);
        if (session == null || !signedIn.signedIn().isCustomer()) {
            return;
        }
        SessionCart kept = SessionCart.of(session);
        kept.customerCart(null);
        handOver(kept);
    }

    private void handOver(SessionCart kept) {
        for (CartLine line : kept.takeLines()) {
            try {
                addForCustomer(kept, line);
            } catch (ApiException | io.kiosk.client.query.ApiException | RuntimeException failed) {
                // not lost: it stays in the session, and the next reading of the cart tries again
                kept.add(line);
                log.warn("could not hand a line of {} over to the customer's cart: {}", line.productId(), failed.getMessage());
            }
        }
    }

    private static boolean customerSignedIn() {
        return AccessTokens.signedIn().filter(SignedIn::isCustomer).isPresent();
    }
}
