package io.kiosk.projections.catalog;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;
import io.kiosk.api.catalog.ProductSearchResult;
import io.kiosk.api.catalog.SearchFallback;
import io.kiosk.api.search.SearchFailure;
import io.kiosk.projections.elasticsearch.SearchFailures;
import io.kiosk.projections.pinyin.PinyinReadings;
import org.axonframework.queryhandling.QueryExecutionException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text that found nothing gets instead. First a text that does find something: each English word the index
 * does not know replaced by the closest one it knows ({@code heaphones} → {@code headphones}), or Chinese typed
 * with the wrong characters of the right sound, as pinyin input makes it easy to ({@code 冲电器} → {@code 充电器},
 * found through the names' pinyin). Failing that, the most popular products of the category whose products come
 * closest to any word of the text; failing that, the most popular products of all.
 */
final class ZeroResultsRescue {

    static final int FALLBACK_PRODUCTS = 8;
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}+");

    private final ElasticsearchClient client;

    ZeroResultsRescue(ElasticsearchClient client) {
        this.client = client;
    }

    /** The answer to a search of {@code text} that found nothing, with what to offer instead. */
    ProductSearchResult rescue(ProductSearchResult nothing, String text, SearchFilters filters) {
        Optional<String> corrected = correction(text).filter(better -> !better.equalsIgnoreCase(text));
        if (corrected.isPresent()) {
            List<ProductSearchResult.Hit> found = search(ProductTextQuery.of(corrected.get()), filters.all(), true);
            if (!found.isEmpty()) {
                return nothing.withFallback(corrected.get(),
                        new SearchFallback(SearchFallback.Reason.DID_YOU_MEAN, null, found));
            }
        }
        Optional<String> category = search(ProductTextQuery.anyOf(text), null, true).stream()
                .map(ProductSearchResult.Hit::category).findFirst();
        if (category.isPresent()) {
            Query inCategory = Query.of(q -> q.term(t -> t.field("category").value(category.get())));
            return nothing.withFallback(null, new SearchFallback(SearchFallback.Reason.CLOSEST_CATEGORY, category.get(),
                    search(inCategory, null, false)));
        }
        return nothing.withFallback(null, new SearchFallback(SearchFallback.Reason.POPULAR, null,
                search(Query.of(q -> q.matchAll(m -> m)), null, false)));
    }

    private Optional<String> correction(String text) {
        return CHINESE.matcher(text).find() ? soundingTheSame(text) : spelledBetter(text);
    }

    /** Each Chinese run of the text replaced by the part of a name that reads the same in pinyin. */
    private Optional<String> soundingTheSame(String text) {
        Matcher runs = CHINESE.matcher(text);
        StringBuilder corrected = new StringBuilder();
        while (runs.find()) {
            String run = runs.group();
            List<String> spellings = PinyinReadings.spellings(run);
            Optional<String> better = spellings.isEmpty() ? Optional.empty()
                    : sameSound(run, spellings.get(0));
            runs.appendReplacement(corrected, Matcher.quoteReplacement(better.orElse(run)));
        }
        runs.appendTail(corrected);
        return Optional.of(corrected.toString());
    }

    private Optional<String> sameSound(String run, String syllables) {
        Query query = Query.of(q -> q.matchPhrase(m -> m.field("namePinyin.full").query(syllables)));
        for (ProductSearchResult.Hit hit : search(query, null, true)) {
            String name = hit.name().zh();
            for (int from = 0; from + run.length() <= name.length(); from++) {
                String part = name.substring(from, from + run.length());
                if (PinyinReadings.spellings(part).contains(syllables)) {
                    return Optional.of(part);
                }
            }
        }
        return Optional.empty();
    }

    /** Each English word the names do not have replaced by the most frequent near one they have. */
    private Optional<String> spelledBetter(String text) {
        SearchResponse<Void> answer;
        try {
            answer = SearchFailures.answer("spelling suggestions", () -> client.search(s -> s
                    .index(ProductSearchIndex.INDEX).size(0)
                    .suggest(g -> g.text(text).suggesters("words", w -> w.term(t -> t.field("nameText")
                            .suggestMode(co.elastic.clients.elasticsearch._types.SuggestMode.Missing)
                            .minWordLength(3).prefixLength(1).maxEdits(2).size(1)))), Void.class));
        } catch (QueryExecutionException refused) {
            if (refused.getDetails().filter(SearchFailure.class::isInstance).map(SearchFailure.class::cast)
                    .filter(failure -> failure.kind() == SearchFailure.Kind.REFUSED).isEmpty()) {
                throw refused;
            }
            // the index of an older mapping, still answering while its successor is being filled, has no such field:
            // no spelling help until the swap, but the search itself answers
            return Optional.empty();
        }
        StringBuilder corrected = new StringBuilder(text);
        List<Suggestion<Void>> words = new ArrayList<>(answer.suggest().getOrDefault("words", List.of()));
        Collections.reverse(words);
        for (Suggestion<Void> word : words) {
            List<TermSuggestOption> options = word.term().options();
            if (!options.isEmpty()) {
                corrected.replace(word.term().offset(), word.term().offset() + word.term().length(), options.get(0).text());
            }
        }
        return Optional.of(corrected.toString());
    }

    /** The best matches of {@code query}, or the best sellers among them when {@code byRelevance} is false. */
    private List<ProductSearchResult.Hit> search(Query query, Query filter, boolean byRelevance) {
        SearchResponse<ProductDocument> answer = SearchFailures.answer("product search", () -> client.search(s -> {
            s.index(ProductSearchIndex.INDEX).query(query).size(FALLBACK_PRODUCTS);
            if (filter != null) {
                s.postFilter(filter);
            }
            if (!byRelevance) {
                s.sort(o -> o.field(f -> f.field("unitsSold").order(SortOrder.Desc)))
                        .sort(o -> o.field(f -> f.field("productId").order(SortOrder.Asc)));
            }
            return s;
        }, ProductDocument.class));
        return answer.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).map(ProductSearch::hit).toList();
    }
}
