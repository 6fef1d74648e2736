package io.kiosk.command.order;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.PlaceOrder;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

class OrderTest {

    private static final OrderId ORDER = OrderId.random();
    private static final CartId CART = CartId.random();
    private static final CustomerId CUSTOMER = CustomerId.random();

    private FixtureConfiguration<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
    }

    private static OrderLine line(String product, int quantity, String price) {
        return new OrderLine(CartItemId.random(), new ProductId(product),
                new ChosenOptions(Map.of("service", "gold")), new Quantity(quantity), Money.of(price, "CNY"));
    }

    @Test
    void an_order_is_placed_with_its_lines_and_their_total() {
        List<OrderLine> lines = List.of(line("ks-charger-pro", 3, "199.00"), line("ks-smart-lock", 1, "899.50"));
        fixture.givenNoPriorActivity()
                .when(new PlaceOrder(ORDER, CART, CUSTOMER, lines, null))
                .expectEvents(new OrderPlaced(ORDER, CART, CUSTOMER, lines, Money.of("1496.50", "CNY")));
    }

    @Test
    void an_order_without_lines_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new PlaceOrder(ORDER, CART, CUSTOMER, List.of(), null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void an_order_is_priced_in_one_currency() {
        OrderLine dollars = new OrderLine(CartItemId.random(), new ProductId("ks-lock"), ChosenOptions.none(),
                new Quantity(1), Money.of("10.00", "USD"));
        fixture.givenNoPriorActivity()
                .when(new PlaceOrder(ORDER, CART, CUSTOMER, List.of(line("ks-charger-pro", 1, "199.00"), dollars), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("all lines of an order share one currency")
                .expectNoEvents();
    }
}
