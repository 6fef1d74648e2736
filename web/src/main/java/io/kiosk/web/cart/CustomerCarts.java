package io.kiosk.web.cart;

import io.kiosk.client.command.api.CartsApi;
import io.kiosk.client.command.model.CartItemRequest;
import io.kiosk.client.command.model.PriceRequest;
import io.kiosk.client.command.model.QuantityChangeRequest;
import io.kiosk.client.query.model.CartStatus;
import io.kiosk.client.query.model.CartSummary;
import io.kiosk.client.query.model.CartSummaryLine;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.backend.Positions;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A signed-in customer's cart, which lives on the command side (changes) and is read back from the query side's cart
 * read model ({@code getCart}, {@code getCurrentCart}) at the position of the last change, so the page shows it.
 */
@Component
class CustomerCarts {

    private final CartsApi changes;
    private final io.kiosk.client.query.api.CartsApi reads;

    CustomerCarts(Backend backend) {
        this.changes = new CartsApi(backend.commands());
        this.reads = new io.kiosk.client.query.api.CartsApi(backend.queries());
    }

    /** The customer's open cart as of {@code position}: the one this session knows, else their current one, if any. */
    Optional<CartSummary> current(SessionCart kept, Long position) throws io.kiosk.client.query.ApiException {
        Optional<UUID> known = kept.customerCartId();
        if (known.isPresent()) {
            try {
                CartSummary cart = reads.getCart(known.get(), position);
                if (cart.getStatus() == CartStatus.OPEN) {
                    return Optional.of(cart);
                }
            } catch (io.kiosk.client.query.ApiException refused) {
                if (refused.getCode() != 404) {
                    throw refused;
                }
            }
            kept.customerCart(null);
        }
        try {
            CartSummary cart = reads.getCurrentCart(position);
            kept.customerCart(cart.getCartId());
            return Optional.of(cart);
        } catch (io.kiosk.client.query.ApiException refused) {
            if (refused.getCode() == 404) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    /** The id of the customer's open cart, opening one when they have none. */
    UUID openCart(SessionCart kept) throws io.kiosk.client.command.ApiException, io.kiosk.client.query.ApiException {
        synchronized (kept) {
            Optional<UUID> known = kept.customerCartId();
            if (known.isPresent()) {
                return known.get();
            }
            Optional<CartSummary> current = current(kept, null);
            if (current.isPresent()) {
                return current.get().getCartId();
            }
            UUID opened = changes.openCart(UUID.randomUUID().toString()).getCartId();
            kept.customerCart(opened);
            return opened;
        }
    }

    /** Adds {@code line} at the price the shopper saw; answers the change's position. */
    Long add(UUID cartId, CartLine line) throws io.kiosk.client.command.ApiException {
        return Positions.of(changes.addCartItemWithHttpInfo(cartId, new CartItemRequest().productId(line.productId())
                .options(line.options()).quantity(line.quantity())
                .unitPrice(new PriceRequest().amount(line.unitPrice()).currency(line.currency()))));
    }

    Long changeQuantity(UUID cartId, UUID itemId, int quantity) throws io.kiosk.client.command.ApiException {
        return Positions.of(changes.changeCartItemQuantityWithHttpInfo(cartId, itemId, new QuantityChangeRequest().quantity(quantity)));
    }

    Long remove(UUID cartId, UUID itemId) throws io.kiosk.client.command.ApiException {
        return Positions.of(changes.removeCartItemWithHttpInfo(cartId, itemId));
    }

    /** The read model's lines as the cart page shows them. */
    static List<CartLine> lines(CartSummary cart) {
        return cart.getLines().stream().map(CustomerCarts::line).toList();
    }

    private static CartLine line(CartSummaryLine line) {
        var name = line.getLabel() == null ? null : line.getLabel().getName();
        return new CartLine(line.getItemId(), line.getProductId(), name == null ? null : name.getZh(),
                name == null ? null : name.getEn(), line.getOptions() == null ? java.util.Map.of() : line.getOptions(),
                line.getQuantity(), line.getUnitPrice().getAmount(), line.getUnitPrice().getCurrency());
    }
}
