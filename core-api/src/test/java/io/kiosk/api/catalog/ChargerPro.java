package io.kiosk.api.catalog;

import io.kiosk.api.pricing.Money;

import java.util.List;

import static io.kiosk.api.catalog.ChoiceRef.parse;

/**
 * A wireless charger as the mall sells it, the example every module's tests configure: graphite or
 * rose gold (+20.00), size S or L (+10 %), wireless (+49.00, size L only) and fast charging (+29.00,
 * not in rose gold), a three-year care plan (+15 %) and engraving of up to 20 characters (+15.00, two
 * more days of work); from 199.00 CNY.
 */
public final class ChargerPro {

    private ChargerPro() {
    }

    public static ProductDefinition definition() {
        return definition("chargers");
    }

    public static ProductDefinition definition(String category) {
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
                                        .requiring(parse("size=L")),
                                OptionChoice.of("fast", "快充", "Fast charging", PriceDelta.absolute("29.00"))
                                        .excluding(parse("colour=rose"))),
                        OptionGroup.single("service", "服务", "Service level", false, false,
                                OptionChoice.of("standard", "标准保修", "Standard warranty", PriceDelta.NONE),
                                OptionChoice.of("care", "三年无忧", "Three-year care", PriceDelta.percent("15"))),
                        OptionGroup.text("engraving", "刻字", "Engraving", 20,
                                OptionChoice.of("engraved", "激光刻字", "Laser engraving", PriceDelta.absolute("15.00"))
                                        .withLeadDays(2))));
    }
}
