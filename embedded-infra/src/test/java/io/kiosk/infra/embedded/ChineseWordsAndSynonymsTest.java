package io.kiosk.infra.embedded;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded node segments Chinese into words as the official {@code analysis-smartcn} plugin does, and applies
 * search-time synonyms from a set of the synonyms API that can change while the index stays as it is.
 */
class ChineseWordsAndSynonymsTest {

    private static final String SET = "test-synonyms";
    private static EmbeddedElasticsearch elasticsearch;
    private static ElasticsearchHttp http;

    @BeforeAll
    static void startElasticsearch() {
        elasticsearch = EmbeddedElasticsearch.start();
        http = new ElasticsearchHttp(elasticsearch);
    }

    @AfterAll
    static void stopElasticsearch() throws IOException {
        try {
            http.close();
        } finally {
            elasticsearch.close();
        }
    }

    @Test
    void smartcn_segments_chinese_into_words_under_the_official_plugins_names() throws IOException {
        assertThat(http.client.indices().analyze(a -> a.analyzer("smartcn").text("KS 无线充电器 Pro")).tokens())
            .extracting(AnalyzeToken::token).containsExactly("ks", "无线", "充电器", "pro");
        assertThat(http.client.indices().analyze(a -> a.tokenizer(t -> t.name("smartcn_tokenizer"))
                .filter(f -> f.name("smartcn_stop")).text("充电宝，移动电源")).tokens())
            .extracting(AnalyzeToken::token).containsExactly("充电", "宝", "移动", "电源");
    }

    @Test
    void a_synonym_changed_through_the_synonyms_api_is_used_by_the_next_search_without_reindexing() throws IOException {
        http.client.synonyms().putSynonym(p -> p.id(SET).synonymsSet(r -> r.id("power-bank").synonyms("充电宝, 移动电源")));
        http.client.indices().create(c -> c.index("words")
            .settings(s -> s.numberOfShards("1").numberOfReplicas("0").analysis(a -> a
                .filter("kiosk_synonyms", f -> f.definition(d -> d.synonymGraph(g -> g.synonymsSet(SET).updateable(true))))
                .analyzer("words", an -> an.custom(c2 -> c2.tokenizer("smartcn_tokenizer").filter("smartcn_stop")))
                .analyzer("words_synonyms", an -> an.custom(c2 -> c2.tokenizer("smartcn_tokenizer")
                    .filter("smartcn_stop", "kiosk_synonyms")))))
            .mappings(m -> m.properties("name", p -> p.text(t -> t.analyzer("words").searchAnalyzer("words_synonyms")))));
        http.client.indices().reloadSearchAnalyzers(r -> r.index("words"));
        http.client.index(i -> i.index("words").id("1").document(Map.of("name", "磁吸无线充移动电源")).refresh(Refresh.True));
        http.client.index(i -> i.index("words").id("2").document(Map.of("name", "铝框拉杆箱")).refresh(Refresh.True));

        assertThat(idsMatching("充电宝")).containsExactly("1");
        assertThat(idsMatching("行李箱")).isEmpty();

        http.client.synonyms().putSynonymRule(r -> r.setId(SET).ruleId("luggage").synonyms("行李箱, 拉杆箱"));
        assertThat(idsMatching("行李箱")).containsExactly("2");

        http.client.synonyms().deleteSynonymRule(r -> r.setId(SET).ruleId("power-bank"));
        assertThat(idsMatching("充电宝")).isEmpty();
    }

    private static List<String> idsMatching(String text) throws IOException {
        return http.client.search(s -> s.index("words").query(q -> q.match(m -> m.field("name").query(text))), Map.class)
            .hits().hits().stream().map(hit -> hit.id()).toList();
    }
}
