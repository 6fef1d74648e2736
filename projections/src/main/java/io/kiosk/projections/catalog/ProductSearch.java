package io.kiosk.projections.catalog;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductSearchResult;
import io.kiosk.api.catalog.ProductSort;
import io.kiosk.api.catalog.SearchProducts;
import io.kiosk.api.pricing.Money;
import io.kiosk.projections.elasticsearch.SearchFailures;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Product search over the index of published products. The text is matched in every way a shopper
 * may have meant it ({@link ProductTextQuery}: words, synonyms, characters, typos, pinyin; exact
 * phrases first); filters narrow the hits without changing their scores, and facets are counted as
 * {@link ProductFacetCounts} explains. A text that finds nothing on the first page gets a "did you
 * mean" and something to show instead ({@link ZeroResultsRescue}).
 */
@Component
class ProductSearch {

    private final ElasticsearchClient client;
    private final ZeroResultsRescue rescue;

    ProductSearch(ElasticsearchClient client) {
        this.client = client;
        this.rescue = new ZeroResultsRescue(client);
    }

    @QueryHandler
    ProductSearchResult answer(SearchProducts search) {
        SearchFilters filters = SearchFilters.of(search);
        SearchResponse<ProductDocument> response = SearchFailures.answer("product search", () -> client.search(s -> s
                .index(ProductSearchIndex.INDEX)
                .query(textQuery(search.text()))
                .postFilter(filters.all())
                .aggregations(ProductFacetCounts.aggregations(filters))
                .sort(sortFor(search.effectiveSort()))
                // SearchProducts keeps (page + 1) * size within the result window, so this cannot overflow
                .from(search.page() * search.size())
                .size(search.size())
                .trackTotalHits(t -> t.enabled(true)), ProductDocument.class));
        List<ProductSearchResult.Hit> hits = response.hits().hits().stream()
                .map(Hit::source).filter(Objects::nonNull).map(ProductSearch::hit).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        ProductSearchResult result = new ProductSearchResult(total, search.page(), search.size(), hits,
                ProductFacetCounts.read(response.aggregations(), filters));
        return total == 0 && search.text() != null && search.page() == 0
                ? rescue.rescue(result, search.text(), filters) : result;
    }

    private static Query textQuery(String text) {
        if (text == null) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return ProductTextQuery.of(text);
    }

    /** Ties are broken by the product id, so that paging never shows a product twice or skips one. */
    private static List<SortOptions> sortFor(ProductSort sort) {
        SortOptions byId = field("productId", SortOrder.Asc);
        return switch (sort) {
            case RELEVANCE -> List.of(SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc))),
                    field("unitsSold", SortOrder.Desc), byId);
            case PRICE_ASC -> List.of(field("fromPrice", SortOrder.Asc), byId);
            case PRICE_DESC -> List.of(field("fromPrice", SortOrder.Desc), byId);
            case POPULARITY -> List.of(field("unitsSold", SortOrder.Desc), byId);
            case NEWEST -> List.of(field("publishedAt", SortOrder.Desc), byId);
        };
    }

    private static SortOptions field(String name, SortOrder order) {
        return SortOptions.of(o -> o.field(f -> f.field(name).order(order)));
    }

    static ProductSearchResult.Hit hit(ProductDocument document) {
        Currency currency = Currency.getInstance(document.currency());
        Money from = new Money(BigDecimal.valueOf(document.fromPrice())
                .setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP), currency);
        return new ProductSearchResult.Hit(new ProductId(document.productId()), document.name(), document.description(),
                document.category(), from, document.images(), document.inStock(), document.unitsSold());
    }
}
