package io.kiosk.projections.cart;

import io.kiosk.api.cart.CartCheckedOut;
import io.kiosk.api.cart.CartCreated;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.CartItemQuantityChanged;
import io.kiosk.api.cart.CartStatus;
import io.kiosk.api.cart.CartSummary;
import io.kiosk.api.cart.FindCart;
import io.kiosk.api.cart.FindCurrentCart;
import io.kiosk.api.cart.ItemAddedToCart;
import io.kiosk.api.cart.ItemRemovedFromCart;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductLabel;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.pricing.Money;
import io.kiosk.projections.cart.CartTestBed.Recorded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cart read model as a cart's events arrive, against the real PostgreSQL: the lines as they stand, in the order
 * they were added, with their names, options, prices and totals; the cart closed into its order; a customer's current
 * cart; and the same tables however often an event comes, and after a reset and a replay.
 */
class CartProjectionTest {

    private static final Instant MORNING = Instant.parse("2026-11-25T02:00:00Z");
    private static final ProductId CHARGER = new ProductId("ks-charger-pro");
    private static final ProductId LOCK = new ProductId("ks-smart-lock-x1");
    private static final ProductLabel CHARGER_LABEL = new ProductLabel(LocalizedText.of("KS 无线充电器 Pro", "KS Charger Pro"), "chargers");
    private static CartTestBed carts;

    private final CustomerId mia = CustomerId.random();

    @BeforeAll
    static void start() {
        carts = CartTestBed.start();
    }

    @BeforeEach
    void emptyTables() {
        carts.reset();
    }

    /** One cart's events, each a minute after the one before, numbered as the event store numbers them. */
    private static final class History {

        final CartId cart = CartId.random();
        final List<Recorded> events = new ArrayList<>();
        private Instant at;

        History(CustomerId owner, Instant openedAt) {
            at = openedAt;
            events.add(new Recorded(cart.toString(), 0, at, new CartCreated(cart, owner)));
        }

        History then(Object event) {
            at = at.plusSeconds(60);
            events.add(new Recorded(cart.toString(), events.size(), at, event));
            return this;
        }

        Instant lastAt() {
            return at;
        }
    }

    private static ItemAddedToCart chargers(CartId cart, CartItemId item, int units) {
        return new ItemAddedToCart(cart, item, CHARGER, new ChosenOptions(Map.of("size", "L", "colour", "graphite")),
                new Quantity(units), Money.of("218.90", "CNY"), new StockItemId("ks-charger-pro/colour=graphite;size=L"), CHARGER_LABEL);
    }

    private static ItemAddedToCart lockWithoutLabel(CartId cart, CartItemId item) {
        return new ItemAddedToCart(cart, item, LOCK, new ChosenOptions(Map.of("finish", "satin-black", "unlock", "fingerprint,nfc")),
                new Quantity(1), Money.of("2114.92", "CNY"), null, null);
    }

    private static CartSummary find(CartId cart) {
        return carts.projection.answer(new FindCart(cart)).orElseThrow(() -> new AssertionError("no cart " + cart));
    }

    @Test
    void a_cart_reads_back_its_lines_in_the_order_added_with_names_options_prices_and_totals() {
        CartItemId charger = CartItemId.random();
        CartItemId lock = CartItemId.random();
        History history = new History(mia, MORNING);
        history.then(chargers(history.cart, charger, 1))
                .then(lockWithoutLabel(history.cart, lock))
                .then(new CartItemQuantityChanged(history.cart, charger, new Quantity(3)));
        carts.handle(history.events);

        CartSummary cart = find(history.cart);

        assertThat(cart.customerId()).isEqualTo(mia);
        assertThat(cart.status()).isEqualTo(CartStatus.OPEN);
        assertThat(cart.orderId()).isNull();
        assertThat(cart.lines()).extracting(CartSummary.Line::itemId).containsExactly(charger, lock);
        CartSummary.Line chargers = cart.lines().get(0);
        assertThat(chargers.productId()).isEqualTo(CHARGER);
        assertThat(chargers.label()).isEqualTo(CHARGER_LABEL);
        assertThat(chargers.options().values()).containsExactly(Map.entry("colour", "graphite"), Map.entry("size", "L"));
        assertThat(chargers.quantity()).isEqualTo(new Quantity(3));
        assertThat(chargers.unitPrice()).isEqualTo(Money.of("218.90", "CNY"));
        assertThat(chargers.lineTotal()).isEqualTo(Money.of("656.70", "CNY"));
        assertThat(cart.lines().get(1).label()).as("added before carts recorded labels").isNull();
        assertThat(cart.itemCount()).isEqualTo(4);
        assertThat(cart.total()).isEqualTo(Money.of("2771.62", "CNY"));
        assertThat(cart.createdAt()).isEqualTo(MORNING);
        assertThat(cart.updatedAt()).isEqualTo(history.lastAt());
        assertThat(cart.checkedOutAt()).isNull();
        assertThat(cart.version()).isEqualTo(3);
    }

    @Test
    void a_removed_line_is_gone_and_an_emptied_cart_has_no_total() {
        CartItemId charger = CartItemId.random();
        History history = new History(mia, MORNING);
        history.then(chargers(history.cart, charger, 2)).then(new ItemRemovedFromCart(history.cart, charger));
        carts.handle(history.events);

        CartSummary cart = find(history.cart);

        assertThat(cart.lines()).isEmpty();
        assertThat(cart.itemCount()).isZero();
        assertThat(cart.total()).isNull();
        assertThat(cart.status()).isEqualTo(CartStatus.OPEN);
    }

    @Test
    void a_checked_out_cart_names_its_order_and_keeps_its_lines() {
        CartItemId charger = CartItemId.random();
        OrderId order = OrderId.random();
        History history = new History(mia, MORNING);
        ItemAddedToCart added = chargers(history.cart, charger, 2);
        history.then(added).then(new CartCheckedOut(history.cart, mia, order, List.of(new OrderLine(charger, CHARGER,
                added.options(), added.quantity(), added.unitPrice(), added.stockItemId(), CHARGER_LABEL)), null, null));
        carts.handle(history.events);

        CartSummary cart = find(history.cart);

        assertThat(cart.status()).isEqualTo(CartStatus.CHECKED_OUT);
        assertThat(cart.orderId()).isEqualTo(order);
        assertThat(cart.checkedOutAt()).isEqualTo(history.lastAt());
        assertThat(cart.lines()).extracting(CartSummary.Line::itemId).containsExactly(charger);
        assertThat(cart.total()).isEqualTo(Money.of("437.80", "CNY"));
    }

    @Test
    void the_current_cart_is_the_customers_newest_open_one() {
        History older = new History(mia, MORNING);
        History checkedOut = new History(mia, MORNING.plusSeconds(3600));
        checkedOut.then(chargers(checkedOut.cart, CartItemId.random(), 1))
                .then(new CartCheckedOut(checkedOut.cart, mia, OrderId.random(), List.of(), null, null));
        History newest = new History(mia, MORNING.plusSeconds(7200));
        History someoneElses = new History(CustomerId.random(), MORNING.plusSeconds(9000));
        carts.handle(older.events);
        carts.handle(checkedOut.events);
        carts.handle(newest.events);
        carts.handle(someoneElses.events);

        assertThat(carts.projection.answer(new FindCurrentCart(mia))).map(CartSummary::cartId).contains(newest.cart);

        newest.then(new CartCheckedOut(newest.cart, mia, OrderId.random(), List.of(), null, null));
        carts.handle(newest.events.get(newest.events.size() - 1));

        assertThat(carts.projection.answer(new FindCurrentCart(mia))).map(CartSummary::cartId).contains(older.cart);
        assertThat(carts.projection.answer(new FindCurrentCart(CustomerId.random()))).isEmpty();
        assertThat(carts.projection.answer(new FindCart(CartId.random()))).isEmpty();
    }

    @Test
    void events_handled_again_in_any_order_of_redelivery_change_nothing() {
        CartItemId charger = CartItemId.random();
        CartItemId lock = CartItemId.random();
        History history = new History(mia, MORNING);
        history.then(chargers(history.cart, charger, 1))
                .then(new CartItemQuantityChanged(history.cart, charger, new Quantity(5)))
                .then(lockWithoutLabel(history.cart, lock))
                .then(new ItemRemovedFromCart(history.cart, lock))
                .then(new CartItemQuantityChanged(history.cart, charger, new Quantity(2)));
        carts.handle(history.events);
        List<String> once = carts.dump();

        carts.handle(history.events);
        List<Recorded> shuffled = new ArrayList<>(history.events);
        Collections.reverse(shuffled);
        carts.handle(shuffled);

        assertThat(carts.dump()).isEqualTo(once);
        assertThat(find(history.cart).lines()).singleElement()
                .satisfies(line -> assertThat(line.quantity()).isEqualTo(new Quantity(2)));
    }

    @Test
    void a_reset_and_a_replay_give_the_same_carts() {
        History open = new History(mia, MORNING);
        open.then(chargers(open.cart, CartItemId.random(), 2)).then(lockWithoutLabel(open.cart, CartItemId.random()));
        History closed = new History(mia, MORNING.plusSeconds(600));
        closed.then(chargers(closed.cart, CartItemId.random(), 1))
                .then(new CartCheckedOut(closed.cart, mia, OrderId.random(), List.of(), null, null));
        carts.handle(open.events);
        carts.handle(closed.events);
        List<String> before = carts.dump();

        carts.reset();
        assertThat(carts.dump()).isEmpty();
        carts.handle(closed.events);
        carts.handle(open.events);

        assertThat(carts.dump()).isEqualTo(before);
    }
}
