package io.kiosk.api.catalog;

import jakarta.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.util.List;

/**
 * How many matching products each further filter would leave, as shops show beside the results.
 * Each facet is counted with every filter of the search except its own (the colour facet ignores
 * the chosen colours, but not the chosen size), so a customer sees what choosing differently gives.
 */
public record ProductFacets(List<Count> categories,
                            List<OptionGroupCount> options,
                            List<Count> inStock,
                            List<PriceRange> priceRanges) {

    public ProductFacets {
        categories = List.copyOf(categories);
        options = List.copyOf(options);
        inStock = List.copyOf(inStock);
        priceRanges = List.copyOf(priceRanges);
    }

    /** A facet value and how many products have it. */
    public record Count(String value, long count) {
    }

    /** One option group's values, such as the colours on offer. */
    public record OptionGroupCount(String group, LocalizedText name, List<OptionValueCount> values) {

        public OptionGroupCount {
            values = List.copyOf(values);
        }
    }

    /** One option value, written {@code group=choice} as the {@code option} filter takes it, with its name. */
    public record OptionValueCount(String value, String choice, LocalizedText name, long count) {
    }

    /** "From" prices from {@code from} (inclusive) to {@code to} (exclusive; absent for the top range). */
    public record PriceRange(String key,
                             @Nullable @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal from,
                             @Nullable @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal to,
                             long count) {
    }
}
