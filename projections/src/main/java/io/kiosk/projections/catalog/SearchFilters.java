package io.kiosk.projections.catalog;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.kiosk.api.catalog.ChoiceRef;
import io.kiosk.api.catalog.SearchProducts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filters of one product search, each under the name of the facet it narrows ({@code category},
 * {@code price}, {@code inStock}, {@code option:colour}...), so that each facet can be counted with
 * every filter but its own. Values of one option group are alternatives; everything else must hold.
 */
final class SearchFilters {

    static final String CATEGORY = "category";
    static final String PRICE = "price";
    static final String IN_STOCK = "inStock";
    private static final String OPTION = "option:";

    private final Map<String, Query> byFacet;

    private SearchFilters(Map<String, Query> byFacet) {
        this.byFacet = byFacet;
    }

    static SearchFilters of(SearchProducts search) {
        Map<String, Query> filters = new LinkedHashMap<>();
        if (search.category() != null) {
            filters.put(CATEGORY, Query.of(q -> q.term(t -> t.field("category").value(search.category()))));
        }
        if (search.minPrice() != null || search.maxPrice() != null) {
            filters.put(PRICE, Query.of(q -> q.range(r -> r.number(n -> {
                n.field("fromPrice");
                if (search.minPrice() != null) {
                    n.gte(search.minPrice().doubleValue());
                }
                if (search.maxPrice() != null) {
                    n.lte(search.maxPrice().doubleValue());
                }
                return n;
            }))));
        }
        if (search.inStock() != null) {
            filters.put(IN_STOCK, Query.of(q -> q.term(t -> t.field("inStock").value(search.inStock()))));
        }
        Map<String, List<FieldValue>> valuesByGroup = new LinkedHashMap<>();
        for (ChoiceRef option : search.options()) {
            valuesByGroup.computeIfAbsent(option.group(), group -> new ArrayList<>()).add(FieldValue.of(option.toString()));
        }
        valuesByGroup.forEach((group, values) -> filters.put(OPTION + group,
                Query.of(q -> q.terms(t -> t.field("options").terms(v -> v.value(values))))));
        return new SearchFilters(filters);
    }

    static String optionFacet(String group) {
        return OPTION + group;
    }

    /** The option groups that have a filter. */
    Set<String> filteredOptionGroups() {
        return byFacet.keySet().stream().filter(facet -> facet.startsWith(OPTION))
                .map(facet -> facet.substring(OPTION.length()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Every filter: what the hits must pass. */
    Query all() {
        return allBut(null);
    }

    /** Every filter but the one of {@code facet}: what that facet counts. */
    Query allBut(String facet) {
        List<Query> kept = byFacet.entrySet().stream().filter(filter -> !filter.getKey().equals(facet))
                .map(Map.Entry::getValue).toList();
        return kept.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : Query.of(q -> q.bool(b -> b.filter(kept)));
    }
}
