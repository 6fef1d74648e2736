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
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.delivery.DeliveryFacts;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.delivery.LineDelivery;
import io.kiosk.api.delivery.Region;
import io.kiosk.api.delivery.StockLevel;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductLabel;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.Contact;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.RuleViolation;
import io.kiosk.command.identity.CallerMetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;


class CartTest {

    private static final CartId CART = CartId.random();
    private static final CustomerId OWNER = CustomerId.random();
    private static final Map<String, ?> BY_OWNER = Map.of(CallerMetaData.ACCOUNT_ID, OWNER.toString());
    private static final CartItemId CHARGER_LINE = CartItemId.random();
    private static final CartItemId LOCK_LINE = CartItemId.random();
    private static final ProductId CHARGER = new ProductId("ks-charger-pro");
    private static final ProductId LOCK = new ProductId("ks-smart-lock");
    private static final ChosenOptions GRAPHITE_L = new ChosenOptions(Map.of("colour", "graphite", "size", "L"));
    private static final Money CHARGER_PRICE = Money.of("199.00", "CNY");
    private static final Money LOCK_PRICE = Money.of("899.00", "CNY");
    private static final StockItemId CHARGER_STOCK = new StockItemId("ks-charger-pro/colour=graphite;size=L");
    private static final ProductLabel LOCK_LABEL = new ProductLabel(LocalizedText.of("智能锁 S", "Smart lock S"), "smart-locks");
    private static final ProductLabel CHARGER_LABEL = new ProductLabel(LocalizedText.of("充电器 Pro", "Charger Pro"), "chargers");
    private static final StockItemId LOCK_STOCK = new StockItemId("ks-smart-lock/");
    private static final CheckoutDetails DETAILS = new CheckoutDetails(
            new DeliveryAddress("Li Lei", new PhoneNumber("+8613800138000"), "1 Nanjing Road", null, "Shanghai",
                    "Shanghai", "200001", "CN"),
            new Contact("Li Lei", new PhoneNumber("+8613800138000"), new EmailAddress("li.lei@example.com")),
            PaymentProvider.ALIPAY, "SH");

    private static final DeliveryWindow TWO_DAYS_OUT = new DeliveryWindow(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27));

    private static final Region SHANGHAI = new Region("SH", LocalizedText.of("上海", "Shanghai"), 1, 1);
    private static final LocalDate ORDERED_ON = LocalDate.of(2026, 11, 25);

    private FixtureConfiguration<Cart> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cart.class);
    }

    /** What the checkout looked up: the chargers' line with {@code available} units of its variant, no option lead days. */
    private static DeliveryFacts chargersWith(int available) {
        return new DeliveryFacts(SHANGHAI, ORDERED_ON, List.of(new LineDelivery(CHARGER_LINE, StockLevel.available(available), 0)));
    }

    private static ItemAddedToCart twoChargersAdded() {
        return new ItemAddedToCart(CART, CHARGER_LINE, CHARGER, GRAPHITE_L, new Quantity(2), CHARGER_PRICE, CHARGER_STOCK, CHARGER_LABEL);
    }

    @Test
    void a_new_cart_is_created_empty() {
        fixture.givenNoPriorActivity()
                .when(new CreateCart(CART, OWNER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CartCreated(CART, OWNER));
    }

    @Test
    void an_item_is_added_with_its_configuration_and_quoted_price() {
        fixture.given(new CartCreated(CART, OWNER))
                .when(new AddItemToCart(CART, CHARGER_LINE, CHARGER, GRAPHITE_L, new Quantity(2), CHARGER_PRICE, CHARGER_STOCK, CHARGER_LABEL), BY_OWNER)
                .expectEvents(twoChargersAdded())
                .expectResultMessagePayload(new CartUpdate(CART, CHARGER_LINE, 1));
    }

    @Test
    void the_same_goods_added_again_add_up_on_their_line() {
        fixture.given(new CartCreated(CART, OWNER), twoChargersAdded())
                .when(new AddItemToCart(CART, CartItemId.random(), CHARGER,
                        new ChosenOptions(Map.of("size", "L", "colour", "graphite")), new Quantity(3), CHARGER_PRICE, CHARGER_STOCK, CHARGER_LABEL), BY_OWNER)
                .expectEvents(new CartItemQuantityChanged(CART, CHARGER_LINE, new Quantity(5)))
                .expectResultMessagePayload(new CartUpdate(CART, CHARGER_LINE, 2));
    }

    @Test
    void the_same_product_with_other_options_gets_a_line_of_its_own() {
        ChosenOptions white = new ChosenOptions(Map.of("colour", "white", "size", "L"));
        StockItemId whiteStock = new StockItemId("ks-charger-pro/colour=white;size=L");
        fixture.given(new CartCreated(CART, OWNER), twoChargersAdded())
                .when(new AddItemToCart(CART, LOCK_LINE, CHARGER, white, new Quantity(1), CHARGER_PRICE, whiteStock, CHARGER_LABEL), BY_OWNER)
                .expectEvents(new ItemAddedToCart(CART, LOCK_LINE, CHARGER, white, new Quantity(1), CHARGER_PRICE, whiteStock, CHARGER_LABEL));
    }

    @Test
    void a_line_never_holds_more_than_the_maximum_quantity() {
        fixture.given(new CartCreated(CART, OWNER), twoChargersAdded())
                .when(new AddItemToCart(CART, CartItemId.random(), CHARGER, GRAPHITE_L, new Quantity(998), CHARGER_PRICE, CHARGER_STOCK, CHARGER_LABEL), BY_OWNER)
                .expectException(RuleViolation.class)
                .expectExceptionMessage("one line holds at most 999 units; it has 2 already")
                .expectNoEvents();
    }

    @Test
    void a_cart_is_priced_in_one_currency() {
        fixture.given(new CartCreated(CART, OWNER), twoChargersAdded())
                .when(new AddItemToCart(CART, LOCK_LINE, LOCK, ChosenOptions.none(), new Quantity(1), Money.of("120.00", "USD"), LOCK_STOCK, LOCK_LABEL), BY_OWNER)
                .expectException(RuleViolation.class)
                .expectExceptionMessage("this cart is priced in CNY, not USD")
                .expectNoEvents();
    }

    @Test
    void a_cart_holds_a_limited_number_of_lines() {
        Object[] fullCart = IntStream.range(0, Cart.MAX_LINES)
                .mapToObj(i -> new ItemAddedToCart(CART, CartItemId.random(), new ProductId("ks-item-" + i),
                        ChosenOptions.none(), new Quantity(1), LOCK_PRICE, new StockItemId("ks-item-" + i + "/"), null))
                .toArray();
        fixture.given(new CartCreated(CART, OWNER)).andGiven(fullCart)
                .when(new AddItemToCart(CART, LOCK_LINE, LOCK, ChosenOptions.none(), new Quantity(1), LOCK_PRICE, LOCK_STOCK, LOCK_LABEL), BY_OWNER)
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void the_quantity_of_a_line_can_be_changed() {
        fixture.given(new CartCreated(CART, OWNER), twoChargersAdded())
                .when(new ChangeCartItemQuantity(CART, CHARGER_LINE, new Quantity(7)), BY_OWNER)
                .expectEvents(new CartItemQuantityChanged(CART, CHARGER_LINE, new Quantity(7)));
    }

    @Test
    void setting_the_quantity_a_line_already_has_changes_nothing() {
        fixture.given(new CartCreated(CART, OWNER), twoChargersAdded())
                .when(new ChangeCartItemQuantity(CART, CHARGER_LINE, new Quantity(2)), BY_OWNER)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_line_that_is_not_in_the_cart_cannot_be_changed() {
        fixture.given(new CartCreated(CART, OWNER), twoChargersAdded())
                .when(new ChangeCartItemQuantity(CART, LOCK_LINE, new Quantity(1)), BY_OWNER)
                .expectException(RuleViolation.class)
                .expectExceptionMessage("cart " + CART + " has no item " + LOCK_LINE)
                .expectNoEvents();
    }

    @Test
    void a_line_can_be_removed() {
        fixture.given(new CartCreated(CART, OWNER), twoChargersAdded())
                .when(new RemoveItemFromCart(CART, CHARGER_LINE), BY_OWNER)
                .expectEvents(new ItemRemovedFromCart(CART, CHARGER_LINE));
    }

    @Test
    void a_removed_line_cannot_be_removed_again() {
        fixture.given(new CartCreated(CART, OWNER), twoChargersAdded(), new ItemRemovedFromCart(CART, CHARGER_LINE))
                .when(new RemoveItemFromCart(CART, CHARGER_LINE), BY_OWNER)
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void checkout_turns_the_lines_into_the_order_it_places() {
        OrderId order = OrderId.random();
        List<OrderLine> lines = List.of(
                new OrderLine(CHARGER_LINE, CHARGER, GRAPHITE_L, new Quantity(3), CHARGER_PRICE, CHARGER_STOCK, CHARGER_LABEL));
        fixture.given(new CartCreated(CART, OWNER), twoChargersAdded(),
                        new CartItemQuantityChanged(CART, CHARGER_LINE, new Quantity(3)))
                .when(new CheckOutCart(CART, order, DETAILS, chargersWith(50)), BY_OWNER)
                .expectEvents(new CartCheckedOut(CART, OWNER, order, lines, DETAILS, TWO_DAYS_OUT),
                        new OrderPlaced(order, CART, OWNER, lines, Money.of("597.00", "CNY"), DETAILS, TWO_DAYS_OUT))
                .expectResultMessagePayload(new CheckoutConfirmation(order, CART, 3,
                        List.of(new OrderLine(CHARGER_LINE, CHARGER, GRAPHITE_L, new Quantity(3), CHARGER_PRICE, CHARGER_STOCK, CHARGER_LABEL)),
                        Money.of("597.00", "CNY"), DETAILS.address(), DETAILS.contact(), PaymentProvider.ALIPAY, "SH",
                        TWO_DAYS_OUT));
    }

    @Test
    void a_checkout_with_goods_out_of_stock_promises_no_delivery_window() {
        OrderId order = OrderId.random();
        fixture.given(new CartCreated(CART, OWNER), twoChargersAdded())
                .when(new CheckOutCart(CART, order, DETAILS, chargersWith(1)), BY_OWNER)
                .expectEvents(new CartCheckedOut(CART, OWNER, order, List.of(
                        new OrderLine(CHARGER_LINE, CHARGER, GRAPHITE_L, new Quantity(2), CHARGER_PRICE, CHARGER_STOCK, CHARGER_LABEL)),
                        DETAILS, null), new OrderPlaced(order, CART, OWNER, List.of(
                        new OrderLine(CHARGER_LINE, CHARGER, GRAPHITE_L, new Quantity(2), CHARGER_PRICE, CHARGER_STOCK, CHARGER_LABEL)),
                        Money.of("398.00", "CNY"), DETAILS, null))
                .expectResultMessagePayload(new CheckoutConfirmation(order, CART, 2,
                        List.of(new OrderLine(CHARGER_LINE, CHARGER, GRAPHITE_L, new Quantity(2), CHARGER_PRICE, CHARGER_STOCK, CHARGER_LABEL)),
                        Money.of("398.00", "CNY"), DETAILS.address(), DETAILS.contact(), PaymentProvider.ALIPAY, "SH",
                        null));
    }

    @Test
    void a_line_the_checkout_did_not_look_up_promises_no_delivery_window() {
        OrderId order = OrderId.random();
        List<OrderLine> lines = List.of(
                new OrderLine(CHARGER_LINE, CHARGER, GRAPHITE_L, new Quantity(2), CHARGER_PRICE, CHARGER_STOCK, CHARGER_LABEL),
                new OrderLine(LOCK_LINE, LOCK, ChosenOptions.none(), new Quantity(1), LOCK_PRICE, LOCK_STOCK, LOCK_LABEL));
        fixture.given(new CartCreated(CART, OWNER), twoChargersAdded(),
                        new ItemAddedToCart(CART, LOCK_LINE, LOCK, ChosenOptions.none(), new Quantity(1), LOCK_PRICE, LOCK_STOCK, LOCK_LABEL))
                .when(new CheckOutCart(CART, order, DETAILS, chargersWith(50)), BY_OWNER)
                .expectEvents(new CartCheckedOut(CART, OWNER, order, lines, DETAILS, null),
                        new OrderPlaced(order, CART, OWNER, lines, Money.of("1297.00", "CNY"), DETAILS, null));
    }

    @Test
    void a_checkout_waits_for_goods_made_to_order_and_for_their_options() {
        OrderId order = OrderId.random();
        DeliveryFacts madeToOrder = new DeliveryFacts(SHANGHAI, ORDERED_ON,
                List.of(new LineDelivery(CHARGER_LINE, StockLevel.madeToOrder(5), 2)));
        List<OrderLine> lines = List.of(
                new OrderLine(CHARGER_LINE, CHARGER, GRAPHITE_L, new Quantity(2), CHARGER_PRICE, CHARGER_STOCK, CHARGER_LABEL));
        DeliveryWindow fiveDaysToMakeTwoForTheOptionsOneToTravel =
                new DeliveryWindow(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3));
        fixture.given(new CartCreated(CART, OWNER), twoChargersAdded())
                .when(new CheckOutCart(CART, order, DETAILS, madeToOrder), BY_OWNER)
                .expectEvents(new CartCheckedOut(CART, OWNER, order, lines, DETAILS, fiveDaysToMakeTwoForTheOptionsOneToTravel),
                        new OrderPlaced(order, CART, OWNER, lines, Money.of("398.00", "CNY"), DETAILS,
                                fiveDaysToMakeTwoForTheOptionsOneToTravel));
    }

    @Test
    void a_checkout_needs_the_customers_details() {
        fixture.given(new CartCreated(CART, OWNER), twoChargersAdded())
                .when(new CheckOutCart(CART, OrderId.random(), null, chargersWith(50)), BY_OWNER)
                .expectException(RuleViolation.class)
                .expectExceptionMessage("a checkout needs a delivery address, a contact and a payment method")
                .expectNoEvents();
    }

    @Test
    void an_empty_cart_cannot_be_checked_out() {
        fixture.given(new CartCreated(CART, OWNER), twoChargersAdded(), new ItemRemovedFromCart(CART, CHARGER_LINE))
                .when(new CheckOutCart(CART, OrderId.random(), DETAILS, chargersWith(50)), BY_OWNER)
                .expectException(RuleViolation.class)
                .expectExceptionMessage("an empty cart cannot be checked out")
                .expectNoEvents();
    }

    @Test
    void a_checked_out_cart_never_changes_again() {
        OrderId order = OrderId.random();
        Object[] checkedOut = {new CartCreated(CART, OWNER), twoChargersAdded(), new CartCheckedOut(CART, OWNER, order,
                List.of(new OrderLine(CHARGER_LINE, CHARGER, GRAPHITE_L, new Quantity(2), CHARGER_PRICE, CHARGER_STOCK, CHARGER_LABEL)),
                DETAILS, null)};
        List<Object> commands = List.of(
                new AddItemToCart(CART, LOCK_LINE, LOCK, ChosenOptions.none(), new Quantity(1), LOCK_PRICE, LOCK_STOCK, LOCK_LABEL),
                new ChangeCartItemQuantity(CART, CHARGER_LINE, new Quantity(1)),
                new RemoveItemFromCart(CART, CHARGER_LINE),
                new CheckOutCart(CART, OrderId.random(), DETAILS, chargersWith(50)));
        for (Object command : commands) {
            fixture.given(checkedOut)
                    .when(command, BY_OWNER)
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage("cart " + CART + " is checked out and can no longer change")
                    .expectNoEvents();
        }
    }

    @Test
    void a_cart_does_not_exist_for_anyone_but_its_owner() {
        fixture.given(new CartCreated(CART, OWNER), twoChargersAdded())
                .when(new RemoveItemFromCart(CART, CHARGER_LINE), Map.of(CallerMetaData.ACCOUNT_ID, CustomerId.random().toString()))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("nothing exists with id " + CART)
                .expectNoEvents();
    }

    @Test
    void a_command_without_a_caller_is_refused() {
        fixture.given(new CartCreated(CART, OWNER))
                .when(new CheckOutCart(CART, OrderId.random(), DETAILS, chargersWith(50)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
