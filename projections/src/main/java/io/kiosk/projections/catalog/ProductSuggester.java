package io.kiosk.projections.catalog;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import io.kiosk.projections.elasticsearch.SearchFailures;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductSuggestions;
import io.kiosk.api.catalog.SuggestProducts;
import io.kiosk.projections.pinyin.TypedPinyin;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggestions as a shopper types, from the completion field of the product index ({@link NameSuggestions}): one
 * request to an in-memory structure of Elasticsearch, no scoring of documents, so it is fast enough for every key
 * press. A product completes from several inputs (its names, pinyin, initials), so more options are asked for than
 * answered and each product is kept once. A Latin prefix of four letters or more is forgiven a typo.
 */
@Component
class ProductSuggester {

    private static final String SUGGESTER = "names";
    private static final int FUZZY_FROM = 4;
    private final ElasticsearchClient client;

    ProductSuggester(ElasticsearchClient client) {
        this.client = client;
    }

    @QueryHandler
    ProductSuggestions answer(SuggestProducts asked) {
        boolean fuzzy = TypedPinyin.mayBePinyin(asked.prefix()) && asked.prefix().length() >= FUZZY_FROM;
        SearchResponse<ProductDocument> answer = SearchFailures.answer("product suggestions", () -> client.search(s -> s
                .index(ProductSearchIndex.INDEX).size(0)
                .source(src -> src.filter(f -> f.includes("productId", "name", "category")))
                .suggest(g -> g.suggesters(SUGGESTER, c -> c.prefix(asked.prefix()).completion(completion -> {
                    completion.field("suggest").size(asked.size() * 4);
                    return fuzzy ? completion.fuzzy(z -> z.fuzziness("AUTO").prefixLength(1)) : completion;
                }))), ProductDocument.class));
        Map<String, ProductSuggestions.Suggestion> byProduct = new LinkedHashMap<>();
        for (Suggestion<ProductDocument> suggestion : answer.suggest().getOrDefault(SUGGESTER, List.of())) {
            for (CompletionSuggestOption<ProductDocument> option : suggestion.completion().options()) {
                ProductDocument product = option.source();
                if (product != null && byProduct.size() < asked.size()) {
                    byProduct.putIfAbsent(product.productId(), new ProductSuggestions.Suggestion(
                            new ProductId(product.productId()),
                            "en".equals(asked.language()) ? product.name().en() : product.name().zh(),
                            product.category()));
                }
            }
        }
        return new ProductSuggestions(asked.prefix(), List.copyOf(byProduct.values()));
    }
}
