package io.kiosk.query;

import io.kiosk.api.catalog.ChargerPro;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.ItemAddedToCart;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.OptionChoice;
import io.kiosk.api.catalog.OptionGroup;
import io.kiosk.api.catalog.PriceDelta;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductLabel;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.CustomerRegistered;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.Language;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.inventory.StockCounted;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.pricing.Money;

import java.util.List;
import java.util.Map;

/** Events as the command side's aggregates record them, for the tests to put in the event store. */
public final class ExampleEvents {

    public static final String ORDER = "Order";
    public static final String CART = "Cart";
    public static final String CUSTOMER = "Customer";
    public static final String PRODUCT = "Product";
    public static final String STOCK_ITEM = "StockItem";

    private ExampleEvents() {
    }

    /** Two graphite chargers at 199.00 CNY each, sold as the mall's charger in category "chargers". */
    public static OrderPlaced orderPlaced(OrderId order, CustomerId customer) {
        OrderLine chargers = new OrderLine(CartItemId.random(), new ProductId("ks-charger-pro"),
                new ChosenOptions(Map.of("colour", "graphite", "size", "L")), new Quantity(2), Money.of("199.00", "CNY"),
                new StockItemId("ks-charger-pro/colour=graphite;size=L"), ProductLabel.of(charger("chargers")));
        return new OrderPlaced(order, CartId.random(), customer, List.of(chargers), chargers.lineTotal(), null, null);
    }

    /** {@code product} placed once, {@code units} of it, by someone. */
    public static OrderPlaced orderPlaced(OrderId order, ProductId product, int units) {
        OrderLine line = new OrderLine(CartItemId.random(), product, new ChosenOptions(Map.of("colour", "graphite", "size", "L")),
                new Quantity(units), Money.of("218.90", "CNY"), null, null);
        return new OrderPlaced(order, CartId.random(), CustomerId.random(), List.of(line), line.lineTotal(), null, null);
    }

    /** The mall's wireless charger (see core-api's {@link ChargerPro}), in {@code category}; from 199.00 CNY. */
    public static ProductDefinition charger(String category) {
        return ChargerPro.definition(category);
    }

    /** A desk lamp in white or graphite (+10.00), in {@code category}; 329.00 CNY. */
    public static ProductDefinition lamp(String category) {
        return new ProductDefinition(
                LocalizedText.of("KS 智能台灯", "KS Smart Desk Lamp"),
                LocalizedText.of("护眼台灯，色温可调", "An eye-friendly lamp with adjustable colour temperature"),
                category,
                List.of("https://img.kiosk.example/lamp.jpg"),
                Money.of("329.00", "CNY"),
                List.of(OptionGroup.single("colour", "颜色", "Colour", true, true,
                        OptionChoice.of("white", "白色", "White", PriceDelta.NONE),
                        OptionChoice.of("graphite", "石墨黑", "Graphite", PriceDelta.absolute("10.00")))));
    }

    /** Stock counted for one variant of {@code product}. */
    public static StockCounted counted(ProductId product, Map<String, String> variant, int onHand) {
        ChosenOptions choices = new ChosenOptions(variant);
        return new StockCounted(StockItemId.of(product, choices), product, choices, onHand, 0);
    }

    /** {@code units} graphite L chargers put in {@code cart} at 218.90 CNY each, sold as the mall's charger in category "chargers". */
    public static ItemAddedToCart chargersAdded(CartId cart, CartItemId item, int units) {
        return new ItemAddedToCart(cart, item, new ProductId("ks-charger-pro"),
                new ChosenOptions(Map.of("colour", "graphite", "size", "L")), new Quantity(units), Money.of("218.90", "CNY"),
                new StockItemId("ks-charger-pro/colour=graphite;size=L"), ProductLabel.of(charger("chargers")));
    }

    public static CustomerRegistered registered(CustomerId customer, String name) {
        return new CustomerRegistered(customer, new EmailAddress(name.toLowerCase().replace(' ', '.') + "@example.com"),
                name, new PhoneNumber("+8613800138000"), Language.ZH_CN);
    }
}
