package io.kiosk.infra.embedded;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.InfoResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.elasticsearch.client.ResponseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** Talks to the embedded node only over HTTP, with the official Java API client, as the applications do. */
class EmbeddedElasticsearchTest {

    private static EmbeddedElasticsearch elasticsearch;
    private static ElasticsearchHttp http;

    /** A document of the test indices; dates are ISO-8601 strings to keep the JSON mapper plain. */
    public record Product(String sku, String name, String category, String createdAt, long stock, double price) {
    }

    @BeforeAll
    static void startElasticsearch() {
        elasticsearch = EmbeddedElasticsearch.start();
        System.out.println("Embedded Elasticsearch started in " + elasticsearch.startupTime().toMillis() + " ms at "
            + elasticsearch.httpUri());
        http = new ElasticsearchHttp(elasticsearch);
    }

    @AfterAll
    static void stopElasticsearch() throws IOException {
        try {
            if (http != null) {
                http.close();
            }
        } finally {
            if (elasticsearch != null) {
                elasticsearch.close();
            }
        }
    }

    @Test
    void answersInfoOnLoopback() throws IOException {
        InfoResponse info = http.client.info();

        assertThat(elasticsearch.httpUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(info.version().number()).isEqualTo("8.18.8");
        assertThat(info.clusterName()).isEqualTo("kiosk-embedded");
        assertThat(info.clusterUuid()).isNotBlank().isNotEqualTo("_na_");
        assertThat(http.client.ping().value()).isTrue();
    }

    @Test
    void findsChineseAndEnglishTextAndFiltersByDateAndNumber() throws IOException {
        createProductsIndex("products");
        index("products", new Product("CHG-1", "无线充电器", "electronics", "2025-01-01T10:00:00Z", 5, 99.5));
        index("products", new Product("KEY-1", "Brass door key", "keys", "2025-01-02T10:00:00Z", 40, 3.2));
        index("products", new Product("KEY-2", "Car key fob", "keys", "2025-01-03T10:00:00Z", 7, 25.0));
        http.client.indices().refresh(r -> r.index("products"));

        assertThat(skusMatching("products", "充电")).containsExactly("CHG-1");
        assertThat(skusMatching("products", "KEY")).containsExactlyInAnyOrder("KEY-1", "KEY-2");
        SearchResponse<Product> expensiveAndRecent = http.client.search(s -> s.index("products")
            .query(q -> q.bool(b -> b
                .filter(f -> f.range(r -> r.number(n -> n.field("price").gte(20.0))))
                .filter(f -> f.range(r -> r.date(d -> d.field("createdAt").gte("2025-01-02")))))), Product.class);
        assertThat(expensiveAndRecent.hits().hits()).extracting(hit -> hit.source().sku()).containsExactly("KEY-2");
    }

    @Test
    void analyzesChineseIntoBigramsAndStemsEnglishAsTheDistributionDoes() throws IOException {
        assertThat(tokens("cjk", "KS 无线充电器 Pro")).containsExactly("ks", "无线", "线充", "充电", "电器", "pro");
        assertThat(tokens("english", "The Charger's chargers")).containsExactly("charger", "charger");

        http.client.indices().create(c -> c.index("multilingual")
            .mappings(m -> m
                .properties("zh", p -> p.text(t -> t.analyzer("cjk")))
                .properties("en", p -> p.text(t -> t.analyzer("english")))));
        http.client.index(i -> i.index("multilingual").id("1").document(java.util.Map.of("zh", "KS 无线充电器 Pro",
            "en", "KS Wireless Charger Pro")).refresh(Refresh.True));
        assertThat(http.client.count(c -> c.index("multilingual").query(q -> q.match(m -> m.field("zh").query("充电器"))))
            .count()).isOne();
        assertThat(http.client.count(c -> c.index("multilingual").query(q -> q.match(m -> m.field("en").query("chargers"))))
            .count()).isOne();
    }

    private static List<String> tokens(String analyzer, String text) throws IOException {
        return http.client.indices().analyze(a -> a.analyzer(analyzer).text(text)).tokens().stream()
            .map(token -> token.token()).toList();
    }

    @Test
    void countsDocumentsPerKeywordWithATermsAggregation() throws IOException {
        createProductsIndex("catalog");
        index("catalog", new Product("A", "one", "keys", "2025-02-01T00:00:00Z", 1, 1));
        index("catalog", new Product("B", "two", "keys", "2025-02-01T00:00:00Z", 1, 1));
        index("catalog", new Product("C", "three", "locks", "2025-02-01T00:00:00Z", 1, 1));
        http.client.indices().refresh(r -> r.index("catalog"));

        SearchResponse<Void> response = http.client.search(s -> s.index("catalog").size(0)
            .aggregations("byCategory", a -> a.terms(t -> t.field("category"))), Void.class);

        List<StringTermsBucket> buckets = response.aggregations().get("byCategory").sterms().buckets().array();
        assertThat(buckets).extracting(b -> b.key().stringValue(), StringTermsBucket::docCount)
            .containsExactly(tuple("keys", 2L), tuple("locks", 1L));
    }

    @Test
    void rejectsAnOlderExternalVersionWithAConflict() throws IOException {
        createProductsIndex("versioned");
        Product v5 = new Product("V", "version five", "keys", "2025-03-01T00:00:00Z", 5, 5);
        Product v3 = new Product("V", "version three", "keys", "2025-03-01T00:00:00Z", 3, 3);
        http.client.index(i -> i.index("versioned").id("V").version(5L).versionType(VersionType.External).document(v5));

        assertThatThrownBy(() -> http.client.index(i -> i.index("versioned").id("V").version(3L)
            .versionType(VersionType.External).document(v3)))
            .isInstanceOfSatisfying(ResponseException.class, e ->
                assertThat(e.getResponse().getStatusLine().getStatusCode()).isEqualTo(409))
            .hasMessageContaining("version_conflict_engine_exception");
        assertThat(http.client.get(g -> g.index("versioned").id("V"), Product.class).source()).isEqualTo(v5);
    }

    @Test
    void keepsIndicesInAGivenDataDirectoryAcrossRestarts(@TempDir Path dataDirectory) throws IOException {
        Product product = new Product("P", "persistent", "keys", "2025-04-01T00:00:00Z", 1, 1);
        try (EmbeddedElasticsearch first = EmbeddedElasticsearch.start(dataDirectory);
             ElasticsearchHttp firstHttp = new ElasticsearchHttp(first)) {
            assertThat(first.httpPort()).isNotEqualTo(elasticsearch.httpPort());
            firstHttp.client.index(i -> i.index("kept").id("P").document(product).refresh(Refresh.True));
        }

        try (EmbeddedElasticsearch second = EmbeddedElasticsearch.start(dataDirectory);
             ElasticsearchHttp secondHttp = new ElasticsearchHttp(second)) {
            assertThat(secondHttp.client.get(g -> g.index("kept").id("P"), Product.class).source()).isEqualTo(product);
        }
    }

    @Test
    void deletesTemporaryDataOnCloseAndClosesOnlyOnce() {
        EmbeddedElasticsearch temporary = EmbeddedElasticsearch.start();
        Path data = temporary.dataDirectory();
        assertThat(data).isDirectory();

        temporary.close();
        temporary.close();

        assertThat(data).doesNotExist();
        assertThat(data.getParent()).doesNotExist();
    }

    private static List<String> skusMatching(String index, String text) throws IOException {
        SearchResponse<Product> response = http.client.search(s -> s.index(index)
            .query(q -> q.match(m -> m.field("name").query(text))), Product.class);
        return response.hits().hits().stream().map(hit -> hit.source().sku()).toList();
    }

    private static void createProductsIndex(String index) throws IOException {
        http.client.indices().create(c -> c.index(index)
            .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
            .mappings(m -> m
                .properties("sku", p -> p.keyword(k -> k))
                .properties("name", p -> p.text(t -> t))
                .properties("category", p -> p.keyword(k -> k))
                .properties("createdAt", p -> p.date(d -> d))
                .properties("stock", p -> p.long_(l -> l))
                .properties("price", p -> p.double_(d -> d))));
    }

    private static void index(String index, Product product) throws IOException {
        http.client.index(i -> i.index(index).id(product.sku()).document(product));
    }
}
