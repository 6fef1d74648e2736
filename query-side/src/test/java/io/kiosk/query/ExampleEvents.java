package io.kiosk.query;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChoiceRef;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.OptionChoice;
import io.kiosk.api.catalog.OptionGroup;
import io.kiosk.api.catalog.PriceDelta;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.CustomerRegistered;
import io.kiosk.api.customer.EmailAddress;
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
    public static final String CUSTOMER = "Customer";
    public static final String PRODUCT = "Product";
    public static final String STOCK_ITEM = "StockItem";

    private ExampleEvents() {
    }

    /** Two graphite chargers at 199.00 CNY each. */
    public static OrderPlaced orderPlaced(OrderId order, CustomerId customer) {
        OrderLine chargers = new OrderLine(CartItemId.random(), new ProductId("ks-charger-pro"),
                new ChosenOptions(Map.of("colour", "graphite", "size", "L")), new Quantity(2), Money.of("199.00", "CNY"));
        return new OrderPlaced(order, CartId.random(), customer, List.of(chargers), chargers.lineTotal());
    }

    /** {@code product} placed once, {@code units} of it, by someone. */
    public static OrderPlaced orderPlaced(OrderId order, ProductId product, int units) {
        OrderLine line = new OrderLine(CartItemId.random(), product, new ChosenOptions(Map.of("colour", "graphite", "size", "L")),
                new Quantity(units), Money.of("218.90", "CNY"));
        return new OrderPlaced(order, CartId.random(), CustomerId.random(), List.of(line), line.lineTotal());
    }

    /**
     * The mall's wireless charger, in {@code category}: graphite or rose gold (+20.00), small or large
     * (+10 %), wireless (+49.00, large only) and fast charging (+29.00, not in rose gold), a three-year
     * care plan (+15 %) and engraving (+15.00, two more days of work); from 199.00 CNY.
     */
    public static ProductDefinition charger(String category) {
        return new ProductDefinition(
                LocalizedText.of("KS 无线充电器 Pro", "KS Wireless Charger Pro"),
                LocalizedText.of("可定制的桌面充电器", "A configurable desk charger"),
                category,
                List.of("https://img.kiosk.example/charger-pro.jpg"),
                Money.of("199.00", "CNY"),
                List.of(
                        OptionGroup.single("colour", "颜色", "Colour", true, true,
                                OptionChoice.of("graphite", "石墨黑", "Graphite", PriceDelta.NONE),
                                OptionChoice.of("rose", "玫瑰金", "Rose gold", PriceDelta.absolute("20.00"))),
                        OptionGroup.single("size", "尺寸", "Size", true, true,
                                OptionChoice.of("S", "小号", "Small", PriceDelta.NONE),
                                OptionChoice.of("L", "大号", "Large", PriceDelta.percent("10"))),
                        OptionGroup.multi("functions", "功能", "Functions",
                                OptionChoice.of("wireless", "无线充电", "Wireless charging", PriceDelta.absolute("49.00"))
                                        .requiring(ChoiceRef.parse("size=L")),
                                OptionChoice.of("fast", "快充", "Fast charging", PriceDelta.absolute("29.00"))
                                        .excluding(ChoiceRef.parse("colour=rose"))),
                        OptionGroup.single("service", "服务", "Service level", false, false,
                                OptionChoice.of("standard", "标准保修", "Standard warranty", PriceDelta.NONE),
                                OptionChoice.of("care", "三年无忧", "Three-year care", PriceDelta.percent("15"))),
                        OptionGroup.text("engraving", "刻字", "Engraving", 20,
                                OptionChoice.of("engraved", "激光刻字", "Laser engraving", PriceDelta.absolute("15.00"))
                                        .withLeadDays(2))));
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

    public static CustomerRegistered registered(CustomerId customer, String name) {
        return new CustomerRegistered(customer, new EmailAddress(name.toLowerCase().replace(' ', '.') + "@example.com"),
                name, new PhoneNumber("+8613800138000"));
    }
}
