package io.kiosk.web.checkout;

import io.kiosk.web.backend.Idempotency;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.util.WebUtils;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The checkouts this web session began: each form shown gets an idempotency key, kept here with the cart it is for and,
 * once placed, the order it made. A second submission of the same form (a double click, a retry) goes to the same
 * cart with the same key, so the command API answers the first order again instead of placing another; and when this
 * session already knows that order, it goes straight there. Only the newest few are kept.
 */
final class CheckoutKeys implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final String ATTRIBUTE = CheckoutKeys.class.getName();
    private static final int KEPT = 8;

    private final Map<String, Begun> begun = new LinkedHashMap<>();

    /** A checkout form shown for {@code cartId}, and the order it placed once it did. */
    record Begun(UUID cartId, UUID orderId) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    static CheckoutKeys of(HttpSession session) {
        synchronized (WebUtils.getSessionMutex(session)) {
            if (session.getAttribute(ATTRIBUTE) instanceof CheckoutKeys keys) {
                return keys;
            }
            CheckoutKeys keys = new CheckoutKeys();
            session.setAttribute(ATTRIBUTE, keys);
            return keys;
        }
    }

    /** A new key for a checkout of {@code cartId}. */
    synchronized String begin(UUID cartId) {
        String key = Idempotency.newKey("checkout");
        begun.put(key, new Begun(cartId, null));
        while (begun.size() > KEPT) {
            begun.remove(begun.keySet().iterator().next());
        }
        return key;
    }

    /** The checkout {@code key} names, if this session began it. */
    synchronized Optional<Begun> find(String key) {
        return Optional.ofNullable(key == null ? null : begun.get(key));
    }

    /** The checkout {@code key} placed order {@code orderId}. */
    synchronized void placed(String key, UUID orderId) {
        begun.computeIfPresent(key, (same, before) -> new Begun(before.cartId(), orderId));
    }
}
