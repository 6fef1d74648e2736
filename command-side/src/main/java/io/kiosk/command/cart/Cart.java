package io.kiosk.command.cart;

import io.kiosk.api.cart.AddItemToCart;
import io.kiosk.api.cart.CartCheckedOut;
import io.kiosk.api.cart.CartCreated;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.CartItemQuantityChanged;
import io.kiosk.api.cart.ChangeCartItemQuantity;
import io.kiosk.api.cart.CheckOutCart;
import io.kiosk.api.cart.CreateCart;
import io.kiosk.api.cart.ItemAddedToCart;
import io.kiosk.api.cart.ItemRemovedFromCart;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.cart.RemoveItemFromCart;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderLines;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.RuleViolation;
import io.kiosk.command.identity.CallerMetaData;
import io.kiosk.command.order.Order;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A customer's cart. Lifecycle: created empty for its owner → items added, re-counted and removed →
 * checked out into an order (with the customer's delivery address, contact and payment method), after
 * which it never changes again. Only the owner may touch it. Each line keeps the unit price quoted when
 * it was added and the stock variant its goods come from; adding the same goods at the same price
 * again adds to that line. At checkout the cart estimates when its goods arrive, by the delivery rules over the
 * facts the checkout carries (each line's stock level and option lead days, looked up before it was sent, see
 * {@link CartDeliveryFacts}), and records the estimate with the order; it reads nothing itself.
 *
 * <p>Checking out places the order in the same unit of work: the cart applies {@code CartCheckedOut} and creates
 * the {@link Order} from it ({@code AggregateLifecycle.createNew}), so a checkout and its order are stored together
 * or not at all, and an order that refuses to be placed refuses the checkout.
 */
@Aggregate
public class Cart {

    static final int MAX_LINES = 50;

    @AggregateIdentifier
    private CartId cartId;
    private CustomerId owner;
    private final Map<CartItemId, CartLine> lines = new LinkedHashMap<>();
    private boolean checkedOut;

    protected Cart() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public Cart(CreateCart command) {
        apply(new CartCreated(command.cartId(), command.customerId()));
    }

    /** Only the cart's owner may change it; to anyone else it does not exist. */
    @CommandHandlerInterceptor
    Object onlyByItsOwner(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (!owner.toString().equals(command.getMetaData().get(CallerMetaData.ACCOUNT_ID))) {
            throw RuleViolation.notFound("not-found", null, "nothing exists with id " + cartId);
        }
        return chain.proceed();
    }

    @CommandHandler
    public CartUpdate handle(AddItemToCart command) {
        requireOpen();
        requireCurrencyOfCart(command.unitPrice());
        Optional<CartLine> sameGoods = lines.values().stream()
                .filter(line -> line.holdsSameGoodsAs(command.productId(), command.options(), command.unitPrice()))
                .findFirst();
        if (sameGoods.isPresent()) {
            CartLine line = sameGoods.get();
            apply(new CartItemQuantityChanged(cartId, line.itemId(),
                    addUp(line.quantity(), command.quantity())));
            return updated(line.itemId());
        }
        if (lines.size() >= MAX_LINES) {
            throw RuleViolation.unprocessable("cart-full", null,
                    "a cart holds at most " + MAX_LINES + " different lines");
        }
        if (lines.containsKey(command.itemId())) {
            throw RuleViolation.conflict("cart-item-exists", "cart already has an item " + command.itemId());
        }
        apply(new ItemAddedToCart(cartId, command.itemId(), command.productId(), command.options(),
                command.quantity(), command.unitPrice(), command.stockItemId(), command.label()));
        return updated(command.itemId());
    }

    @CommandHandler
    public CartUpdate handle(ChangeCartItemQuantity command) {
        requireOpen();
        CartLine line = existingLine(command.itemId());
        if (!line.quantity().equals(command.quantity())) {
            apply(new CartItemQuantityChanged(cartId, line.itemId(), command.quantity()));
        }
        return updated(line.itemId());
    }

    @CommandHandler
    public CartUpdate handle(RemoveItemFromCart command) {
        requireOpen();
        CartLine line = existingLine(command.itemId());
        apply(new ItemRemovedFromCart(cartId, line.itemId()));
        return updated(line.itemId());
    }

    @CommandHandler
    public CheckoutConfirmation handle(CheckOutCart command) throws Exception {
        requireOpen();
        if (lines.isEmpty()) {
            throw RuleViolation.conflict("cart-empty", "an empty cart cannot be checked out");
        }
        if (command.details() == null) {
            throw RuleViolation.unprocessable("checkout-details-required", null,
                    "a checkout needs a delivery address, a contact and a payment method");
        }
        List<OrderLine> orderLines = lines.values().stream().map(CartLine::toOrderLine).toList();
        DeliveryWindow estimate = command.delivery() == null ? null : command.delivery().estimate(orderLines).orElse(null);
        CartCheckedOut checkout = new CartCheckedOut(cartId, owner, command.orderId(), orderLines, command.details(), estimate);
        apply(checkout);
        AggregateLifecycle.createNew(Order.class, () -> Order.placedFrom(checkout));
        return CheckoutConfirmation.of(command.orderId(), cartId, AggregateLifecycle.getVersion(), orderLines,
                OrderLines.total(orderLines), command.details(), estimate);
    }

    @EventSourcingHandler
    void on(CartCreated event) {
        cartId = event.cartId();
        owner = event.customerId();
    }

    @EventSourcingHandler
    void on(ItemAddedToCart event) {
        lines.put(event.itemId(), new CartLine(event.itemId(), event.productId(), event.options(),
                event.quantity(), event.unitPrice(), event.stockItemId(), event.label()));
    }

    @EventSourcingHandler
    void on(CartItemQuantityChanged event) {
        lines.computeIfPresent(event.itemId(), (id, line) -> line.withQuantity(event.quantity()));
    }

    @EventSourcingHandler
    void on(ItemRemovedFromCart event) {
        lines.remove(event.itemId());
    }

    @EventSourcingHandler
    void on(CartCheckedOut event) {
        checkedOut = true;
    }

    private void requireOpen() {
        if (checkedOut) {
            throw RuleViolation.conflict("cart-checked-out", "cart " + cartId + " is checked out and can no longer change");
        }
    }

    private void requireCurrencyOfCart(Money price) {
        lines.values().stream().findFirst()
                .filter(line -> !line.unitPrice().hasSameCurrencyAs(price))
                .ifPresent(line -> {
                    throw RuleViolation.unprocessable("currency-mismatch", "unitPrice.currency",
                            "this cart is priced in " + line.unitPrice().currency() + ", not " + price.currency());
                });
    }

    private CartLine existingLine(CartItemId itemId) {
        CartLine line = lines.get(itemId);
        if (line == null) {
            throw RuleViolation.notFound("cart-item-not-found", "itemId", "cart " + cartId + " has no item " + itemId);
        }
        return line;
    }

    private static Quantity addUp(Quantity current, Quantity added) {
        if (current.value() + added.value() > Quantity.MAX) {
            throw RuleViolation.unprocessable("quantity-too-large", "quantity",
                    "one line holds at most " + Quantity.MAX + " units; it has " + current + " already");
        }
        return current.plus(added);
    }

    private CartUpdate updated(CartItemId itemId) {
        return new CartUpdate(cartId, itemId, AggregateLifecycle.getVersion());
    }
}
