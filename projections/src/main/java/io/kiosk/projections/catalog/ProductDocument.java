package io.kiosk.projections.catalog;

import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.OptionChoice;
import io.kiosk.api.catalog.OptionGroup;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.SelectionKind;
import io.kiosk.api.pricing.Money;
import io.kiosk.projections.pinyin.PinyinReadings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A published product as the search index holds it. {@code fromPrice} is a double because it is
 * only filtered and sorted on in the index (and shown rounded to the currency); {@code options}
 * are the values filters name ({@code colour=graphite}), {@code optionFacets} the same values with
 * their names for counting, and {@code optionNames} the names for full-text search. {@code namePinyin} is the
 * Chinese name's pinyin, every spelling of it ({@link PinyinReadings}), and {@code suggest} what the search box
 * completes to the product ({@link NameSuggestions}).
 */
record ProductDocument(String productId,
                       LocalizedText name,
                       LocalizedText description,
                       String category,
                       double fromPrice,
                       String currency,
                       List<String> options,
                       List<String> optionFacets,
                       Names optionNames,
                       boolean inStock,
                       long unitsSold,
                       List<String> images,
                       String publishedAt,
                       NamePinyin namePinyin,
                       NameSuggestions.Completion suggest) {

    static ProductDocument of(ProductId product, ProductDefinition definition, boolean inStock, long unitsSold,
                              Instant publishedAt) {
        List<String> options = new ArrayList<>();
        List<String> facets = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (OptionGroup group : definition.optionGroups()) {
            for (OptionChoice choice : group.choices()) {
                zh.add(group.name().zh() + " " + choice.name().zh());
                en.add(group.name().en() + " " + choice.name().en());
                if (group.kind() != SelectionKind.TEXT) {
                    OptionFacetKey key = new OptionFacetKey(group.id(), group.name(), choice.id(), choice.name());
                    options.add(key.value());
                    facets.add(key.encoded());
                }
            }
        }
        Money from = fromPrice(definition);
        NamePinyin pinyin = new NamePinyin(PinyinReadings.spellings(definition.name().zh()),
                PinyinReadings.initials(definition.name().zh()));
        return new ProductDocument(product.value(), definition.name(), definition.description(), definition.category(),
                from.amount().doubleValue(), from.currency().getCurrencyCode(), options, facets, new Names(zh, en),
                inStock, unitsSold, definition.images(), publishedAt == null ? null : publishedAt.toString(),
                pinyin, NameSuggestions.of(definition.name(), pinyin, unitsSold));
    }

    /**
     * What the cheapest configuration costs: the base price, the cheapest choice of each required
     * group, any discount an optional group offers, and every discount of a multi-choice group.
     * (The same floor the definition checks against; choice rules may make it a little low.)
     */
    static Money fromPrice(ProductDefinition definition) {
        Money base = definition.basePrice();
        Money from = base;
        Money zero = Money.zero(base.currency());
        for (OptionGroup group : definition.optionGroups()) {
            List<Money> deltas = group.choices().stream().map(choice -> choice.priceDelta().applyTo(base)).toList();
            if (group.kind() == SelectionKind.MULTI) {
                from = deltas.stream().filter(Money::isNegative).reduce(from, Money::plus);
            } else {
                Money cheapest = deltas.stream().min(Money::compareTo).orElse(zero);
                from = from.plus(group.required() || cheapest.isNegative() ? cheapest : zero);
            }
        }
        return from;
    }

    /** Texts in Chinese and in English, each language analysed by its own analyzer. */
    record Names(List<String> zh, List<String> en) {
    }

    /** Every spelling of a Chinese name in pinyin syllables ({@code chong dian qi}) and in initials ({@code c d q}). */
    record NamePinyin(List<String> full, List<String> initials) {
    }
}
