package io.kiosk.projections.catalog;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.kiosk.api.catalog.ProductSearchResult;
import io.kiosk.api.catalog.ProductSort;
import io.kiosk.api.catalog.SearchProducts;
import io.kiosk.infra.embedded.EmbeddedElasticsearch;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches while the product index is being rebuilt after an upgrade read the index of the older mapping, which lacks
 * the fields of issue 19 (words, characters, pinyin): what needs them finds nothing there, and a text that finds
 * nothing still gets its answer — no "did you mean" until the swap, never a refusal (the term suggester refuses a
 * field the index does not have).
 */
class ProductSearchDuringRebuildTest {

    private static EmbeddedElasticsearch node;
    private static RestClient rest;
    private static ElasticsearchClient client;

    @BeforeAll
    static void anIndexOfTheOlderMapping() throws IOException {
        node = EmbeddedElasticsearch.start();
        rest = RestClient.builder(HttpHost.create(node.httpUri().toString())).build();
        client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
        client.indices().create(c -> c.index(ProductSearchIndex.INDEX).mappings(TypeMapping.of(m -> m
                .dynamic(DynamicMapping.Strict)
                .properties("productId", p -> p.keyword(k -> k))
                .properties("category", p -> p.keyword(k -> k))
                .properties("name", p -> p.object(o -> o
                        .properties("zh", z -> z.text(t -> t.analyzer("cjk")))
                        .properties("en", e -> e.text(t -> t.analyzer("english")))))
                .properties("currency", p -> p.keyword(k -> k))
                .properties("inStock", p -> p.boolean_(b -> b))
                .properties("images", p -> p.keyword(k -> k.index(false).docValues(false)))
                .properties("fromPrice", p -> p.double_(d -> d))
                .properties("unitsSold", p -> p.long_(l -> l)))));
        client.index(i -> i.index(ProductSearchIndex.INDEX).id("ks-charger").refresh(co.elastic.clients.elasticsearch._types.Refresh.True)
                .document(Map.of("productId", "ks-charger", "category", "chargers",
                        "name", Map.of("zh", "无线充电器", "en", "Wireless charger"), "fromPrice", 99.0, "currency", "CNY", "inStock", true, "images", List.of(), "unitsSold", 3)));
    }

    @AfterAll
    static void stop() throws IOException {
        rest.close();
        node.close();
    }

    private static SearchProducts text(String text) {
        return new SearchProducts(text, null, null, null, List.of(), null, ProductSort.RELEVANCE, 0, 12);
    }

    @Test
    void a_misspelt_text_that_finds_nothing_gets_its_fallback_without_a_did_you_mean() {
        ProductSearchResult answer = new ProductSearch(client).answer(text("chargr"));

        assertThat(answer.total()).isZero();
        assertThat(answer.fallback()).as("the closest products instead").isNotNull();
        assertThat(answer.didYouMean()).isNull();
    }

    @Test
    void a_text_the_older_fields_know_is_found_there() {
        assertThat(new ProductSearch(client).answer(text("charger")).total()).isEqualTo(1);
    }
}
