package io.kiosk.web.catalogue;

import java.util.Map;

/**
 * The words beside each choice of a product's configurator, by {@code group=choice}: its price ({@code +¥20.00},
 * {@code +10%}) and its rules ("needs 尺寸：大号").
 */
public record ChoiceNotes(Map<String, String> prices, Map<String, String> rules) {

    public ChoiceNotes {
        prices = Map.copyOf(prices);
        rules = Map.copyOf(rules);
    }

    public String price(String group, String choice) {
        return prices.get(group + "=" + choice);
    }

    public String rule(String group, String choice) {
        return rules.get(group + "=" + choice);
    }
}
