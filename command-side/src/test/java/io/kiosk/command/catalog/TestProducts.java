package io.kiosk.command.catalog;

import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.OptionChoice;
import io.kiosk.api.catalog.OptionGroup;
import io.kiosk.api.catalog.PriceDelta;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.pricing.Money;

import java.util.List;
import java.util.UUID;

import static io.kiosk.api.catalog.ChoiceRef.parse;

/**
 * Products for tests. The charger: 199.00 CNY in graphite or rose (+20.00), size L or XL (+10 %);
 * functions wireless (+49.00, needs XL) and fast (+29.00, not in rose); service standard or care
 * (+15 %); engraving of up to 20 characters (+15.00, two more days). Graphite L costs the base price.
 */
public final class TestProducts {

    private TestProducts() {
    }

    /** A product id no earlier test run has used: tests share one event store. */
    public static String uniqueId(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ProductDefinition charger() {
        return charger(Money.of("199.00", "CNY"));
    }

    public static ProductDefinition charger(Money basePrice) {
        return new ProductDefinition(
                LocalizedText.of("KS 无线充电器 Pro", "KS Charger Pro"),
                LocalizedText.of("可定制的桌面充电器", "A configurable desk charger"),
                "chargers",
                List.of("https://img.kiosk.example/charger-pro.jpg"),
                basePrice,
                List.of(
                        OptionGroup.single("colour", "颜色", "Colour", true, true,
                                OptionChoice.of("graphite", "石墨黑", "Graphite", PriceDelta.NONE),
                                OptionChoice.of("rose", "玫瑰金", "Rose gold", PriceDelta.absolute("20.00"))),
                        OptionGroup.single("size", "尺寸", "Size", true, true,
                                OptionChoice.of("L", "大号", "Large", PriceDelta.NONE),
                                OptionChoice.of("XL", "特大号", "Extra large", PriceDelta.percent("10"))),
                        OptionGroup.multi("functions", "功能", "Functions",
                                OptionChoice.of("wireless", "无线充电", "Wireless charging", PriceDelta.absolute("49.00"))
                                        .requiring(parse("size=XL")),
                                OptionChoice.of("fast", "快充", "Fast charging", PriceDelta.absolute("29.00"))
                                        .excluding(parse("colour=rose"))),
                        OptionGroup.single("service", "服务", "Service level", false, false,
                                OptionChoice.of("standard", "标准保修", "Standard warranty", PriceDelta.NONE),
                                OptionChoice.of("care", "三年无忧", "Three-year care", PriceDelta.percent("15"))),
                        OptionGroup.text("engraving", "刻字", "Engraving", 20,
                                OptionChoice.of("engraved", "激光刻字", "Laser engraving", PriceDelta.absolute("15.00"))
                                        .withLeadDays(2))));
    }

    /** A smart lock without options, 899.50 CNY. */
    public static ProductDefinition lock() {
        return new ProductDefinition(LocalizedText.of("KS 智能门锁", "KS Smart Lock"), null, "locks", List.of(),
                Money.of("899.50", "CNY"), List.of());
    }
}
