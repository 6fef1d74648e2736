package io.kiosk.projections.catalog;

import io.kiosk.api.catalog.ChargerPro;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.OptionChoice;
import io.kiosk.api.catalog.OptionGroup;
import io.kiosk.api.catalog.PriceDelta;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.pricing.Money;

import java.util.List;


/** Products as the mall defines them, for the catalogue's tests. */
final class ExampleProducts {

    private ExampleProducts() {
    }

    /** The mall's wireless charger (see core-api's {@link ChargerPro}); from 199.00 CNY. */
    static ProductDefinition charger() {
        return ChargerPro.definition();
    }

    /** The charger revised: a new English name and a higher base price. */
    static ProductDefinition chargerRevised() {
        ProductDefinition charger = charger();
        return new ProductDefinition(LocalizedText.of("KS 无线充电器 Pro 2", "KS Wireless Charger Pro 2"), charger.description(),
                charger.category(), charger.images(), Money.of("219.00", "CNY"), charger.optionGroups());
    }

    /** A desk lamp in white or graphite; 329.00 CNY. */
    static ProductDefinition lamp() {
        return simple("KS 智能台灯", "KS Smart Desk Lamp", "护眼台灯，色温可调", "An eye-friendly lamp with adjustable colour temperature",
                "lamps", "329.00",
                OptionGroup.single("colour", "颜色", "Colour", true, true,
                        OptionChoice.of("white", "白色", "White", PriceDelta.NONE),
                        OptionChoice.of("graphite", "石墨黑", "Graphite", PriceDelta.absolute("10.00"))));
    }

    /** A leather key case in brown or graphite; 89.00 CNY. */
    static ProductDefinition keyCase() {
        return simple("KS 真皮钥匙包", "KS Leather Key Case", "头层牛皮钥匙包", "A key case of full-grain leather",
                "accessories", "89.00",
                OptionGroup.single("colour", "颜色", "Colour", true, true,
                        OptionChoice.of("brown", "棕色", "Brown", PriceDelta.NONE),
                        OptionChoice.of("graphite", "石墨黑", "Graphite", PriceDelta.NONE)));
    }

    /** A charging cable of one or two metres; from 49.00 CNY. */
    static ProductDefinition cable() {
        return simple("KS 快充数据线", "KS Fast Charging Cable", "编织线身，耐弯折", "A braided cable that takes bending",
                "chargers", "49.00",
                OptionGroup.single("length", "长度", "Length", true, true,
                        OptionChoice.of("1m", "1米", "1 metre", PriceDelta.NONE),
                        OptionChoice.of("2m", "2米", "2 metres", PriceDelta.absolute("10.00"))));
    }

    private static ProductDefinition simple(String zh, String en, String descriptionZh, String descriptionEn, String category,
                                            String price, OptionGroup group) {
        return new ProductDefinition(LocalizedText.of(zh, en), LocalizedText.of(descriptionZh, descriptionEn), category,
                List.of("https://img.kiosk.example/" + category + ".jpg"), Money.of(price, "CNY"), List.of(group));
    }
}
