package io.kiosk.projections.catalog;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.ProductFacets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facets of product search as aggregations, as real shops count them: the hits pass every
 * filter (a post filter), while each facet is an aggregation filtered by every filter but its own.
 * Option values come from one aggregation over all groups without a filter, plus one per filtered
 * group that leaves that group's filter out.
 */
final class ProductFacetCounts {

    /** "From" price bands in the shop's currency; the last is open. */
    private static final List<BigDecimal> PRICE_BOUNDS = List.of(new BigDecimal("100"), new BigDecimal("200"),
            new BigDecimal("500"), new BigDecimal("1000"));
    private static final String VALUES = "values";
    private static final String OPTIONS = "options";
    private static final int MAX_CATEGORIES = 50;
    private static final int MAX_OPTION_VALUES = 1000;
    private static final int MAX_VALUES_PER_GROUP = 100;

    private ProductFacetCounts() {
    }

    static Map<String, Aggregation> aggregations(SearchFilters filters) {
        Map<String, Aggregation> facets = new LinkedHashMap<>();
        facets.put(SearchFilters.CATEGORY, counted(filters.allBut(SearchFilters.CATEGORY),
                Aggregation.of(a -> a.terms(t -> t.field("category").size(MAX_CATEGORIES)))));
        facets.put(SearchFilters.PRICE, counted(filters.allBut(SearchFilters.PRICE),
                Aggregation.of(a -> a.range(r -> r.field("fromPrice").ranges(priceRanges())))));
        facets.put(SearchFilters.IN_STOCK, counted(filters.allBut(SearchFilters.IN_STOCK),
                Aggregation.of(a -> a.filters(f -> f.filters(b -> b.keyed(Map.of(
                        "true", Query.of(q -> q.term(t -> t.field("inStock").value(true))),
                        "false", Query.of(q -> q.term(t -> t.field("inStock").value(false))))))))));
        facets.put(OPTIONS, counted(filters.all(),
                Aggregation.of(a -> a.terms(t -> t.field("optionFacets").size(MAX_OPTION_VALUES)))));
        for (String group : filters.filteredOptionGroups()) {
            String facet = SearchFilters.optionFacet(group);
            facets.put(facet, counted(filters.allBut(facet), Aggregation.of(a -> a.terms(t -> t.field("optionFacets")
                    .include(i -> i.regexp(OptionFacetKey.groupPattern(group))).size(MAX_VALUES_PER_GROUP)))));
        }
        return facets;
    }

    static ProductFacets read(Map<String, Aggregate> aggregates, SearchFilters filters) {
        List<ProductFacets.Count> categories = terms(aggregates.get(SearchFilters.CATEGORY)).stream()
                .map(bucket -> new ProductFacets.Count(bucket.key().stringValue(), bucket.docCount())).toList();
        List<ProductFacets.PriceRange> prices = values(aggregates.get(SearchFilters.PRICE)).range().buckets().array().stream()
                .map(bucket -> new ProductFacets.PriceRange(bucket.key(), amount(bucket.from()), amount(bucket.to()), bucket.docCount()))
                .toList();
        var inStock = values(aggregates.get(SearchFilters.IN_STOCK)).filters().buckets().keyed();
        List<ProductFacets.Count> stock = List.of(new ProductFacets.Count("true", inStock.get("true").docCount()),
                new ProductFacets.Count("false", inStock.get("false").docCount()));
        return new ProductFacets(categories, options(aggregates, filters.filteredOptionGroups()), stock, prices);
    }

    /**
     * Each group's values from its own aggregation if it has a filter, else from the one over all
     * groups; groups in the order of their ids, values by count.
     */
    private static List<ProductFacets.OptionGroupCount> options(Map<String, Aggregate> aggregates, Set<String> filteredGroups) {
        Map<String, LocalizedText> groupNames = new LinkedHashMap<>();
        Map<String, Map<String, ProductFacets.OptionValueCount>> valuesByGroup = new LinkedHashMap<>();
        Map<String, List<StringTermsBucket>> sources = new LinkedHashMap<>();
        sources.put(null, terms(aggregates.get(OPTIONS)));
        filteredGroups.forEach(group -> sources.put(group, terms(aggregates.get(SearchFilters.optionFacet(group)))));
        sources.forEach((ownGroup, buckets) -> {
            for (StringTermsBucket bucket : buckets) {
                OptionFacetKey key = OptionFacetKey.decode(bucket.key().stringValue());
                boolean counted = ownGroup == null ? !filteredGroups.contains(key.group()) : ownGroup.equals(key.group());
                if (counted) {
                    groupNames.putIfAbsent(key.group(), key.groupName());
                    valuesByGroup.computeIfAbsent(key.group(), group -> new LinkedHashMap<>()).merge(key.value(),
                            new ProductFacets.OptionValueCount(key.value(), key.choice(), key.choiceName(), bucket.docCount()),
                            ProductFacetCounts::together);
                }
            }
        });
        return valuesByGroup.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(group -> new ProductFacets.OptionGroupCount(group.getKey(), groupNames.get(group.getKey()),
                        List.copyOf(group.getValue().values())))
                .toList();
    }

    /** One value named differently by different products: counted together, under the name most of them use. */
    private static ProductFacets.OptionValueCount together(ProductFacets.OptionValueCount first, ProductFacets.OptionValueCount more) {
        return new ProductFacets.OptionValueCount(first.value(), first.choice(), first.name(), first.count() + more.count());
    }

    private static Aggregation counted(Query filter, Aggregation values) {
        return Aggregation.of(a -> a.filter(filter).aggregations(VALUES, values));
    }

    private static Aggregate values(Aggregate facet) {
        return facet.filter().aggregations().get(VALUES);
    }

    private static List<StringTermsBucket> terms(Aggregate facet) {
        return values(facet).sterms().buckets().array();
    }

    private static List<AggregationRange> priceRanges() {
        List<AggregationRange> ranges = new ArrayList<>();
        BigDecimal from = BigDecimal.ZERO;
        for (BigDecimal to : PRICE_BOUNDS) {
            BigDecimal lower = from;
            ranges.add(AggregationRange.of(r -> r.key(lower.toPlainString() + "-" + to.toPlainString())
                    .from(lower.doubleValue()).to(to.doubleValue())));
            from = to;
        }
        BigDecimal top = from;
        ranges.add(AggregationRange.of(r -> r.key(top.toPlainString() + "-").from(top.doubleValue())));
        return ranges;
    }

    /** The bounds are whole amounts. */
    private static BigDecimal amount(Double bound) {
        return bound == null ? null : BigDecimal.valueOf(Math.round(bound));
    }
}
