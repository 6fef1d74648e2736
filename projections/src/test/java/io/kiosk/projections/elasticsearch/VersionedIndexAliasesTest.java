package io.kiosk.projections.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.kiosk.infra.embedded.EmbeddedElasticsearch;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A versioned index behind its read and write aliases, against a real Elasticsearch node: how it starts on a
 * new deployment and on an old one, how a rebuild fills a fresh index while searches read the old one, and how
 * the swap finishes it.
 */
class VersionedIndexAliasesTest {

    private static final String ALIAS = "kiosk-things";
    private static final TypeMapping MAPPING = TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
            .properties("name", p -> p.keyword(k -> k)));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC);

    private static EmbeddedElasticsearch node;
    private static RestClient rest;
    private static ElasticsearchClient client;
    private VersionedIndex index;

    @BeforeAll
    static void startElasticsearch() {
        node = EmbeddedElasticsearch.start();
        rest = RestClient.builder(HttpHost.create(node.httpUri().toString())).build();
        client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    }

    @AfterAll
    static void stopElasticsearch() throws IOException {
        rest.close();
        node.close();
    }

    @BeforeEach
    void aNewDeployment() throws IOException {
        for (String existing : client.indices().get(g -> g.index(ALIAS + "*").allowNoIndices(true)).result().keySet()) {
            client.indices().delete(d -> d.index(existing));
        }
        index = versioned(2);
    }

    private static VersionedIndex versioned(int mappingVersion) {
        return new VersionedIndex(client, new IndexDefinition(ALIAS, mappingVersion, MAPPING), CLOCK);
    }

    private static Set<String> behind(String alias) {
        try {
            return client.indices().getAlias(g -> g.name(alias)).result().keySet();
        } catch (IOException unreachable) {
            throw new UncheckedIOException(unreachable);
        }
    }

    /** What a search through the read alias finds for {@code id}. */
    @SuppressWarnings("rawtypes")
    private static Map read(String id) throws IOException {
        return client.get(g -> g.index(ALIAS).id(id), Map.class).source();
    }

    private static void concreteIndexOfAnOldDeployment() throws IOException {
        client.indices().create(c -> c.index(ALIAS).mappings(MAPPING));
        client.index(i -> i.index(ALIAS).id("old").document(Map.of("name", "as the old deployment wrote it")));
    }

    @Test
    void a_new_deployment_gets_one_index_named_for_its_mapping_version_behind_both_aliases() {
        assertThat(index.prepare()).isEqualTo(IndexPreparation.CREATED);

        assertThat(behind(ALIAS)).containsExactly("kiosk-things-v2-20261125-020000-000");
        assertThat(behind("kiosk-things-write")).containsExactly("kiosk-things-v2-20261125-020000-000");
        assertThat(index.prepare()).isEqualTo(IndexPreparation.CURRENT);
        assertThat(index.finishRebuild()).as("nothing to finish").isFalse();
    }

    @Test
    void writes_go_through_the_write_alias_with_external_versions() throws IOException {
        index.prepare();

        index.write("a", Map.of("name", "newer"), 5);
        index.write("a", Map.of("name", "older"), 3);

        assertThat(read("a")).containsEntry("name", "newer");
        assertThat(index.find("a", Map.class)).get().isEqualTo(Map.of("name", "newer"));
    }

    @Test
    void without_its_aliases_a_write_fails_instead_of_making_an_index_of_that_name() throws IOException {
        assertThatThrownBy(() -> index.write("a", Map.of("name", "lost"), 1)).isInstanceOf(RuntimeException.class);

        assertThat(client.indices().exists(e -> e.index("kiosk-things-write")).value()).isFalse();
    }

    @Test
    void a_concrete_index_of_an_old_deployment_is_outdated_and_answers_searches_until_the_rebuild_has_caught_up() throws IOException {
        concreteIndexOfAnOldDeployment();

        assertThat(index.prepare()).isEqualTo(IndexPreparation.OUTDATED);
        assertThat(IndexPreparation.OUTDATED.needsReplay(false, false)).isTrue();
        index.startRebuild();
        index.write("new", Map.of("name", "as the replay writes it"), 1);

        assertThat(read("old")).as("searches still read the old index").containsEntry("name", "as the old deployment wrote it");
        assertThat(index.finishRebuild()).isTrue();
        assertThat(behind(ALIAS)).containsExactly("kiosk-things-v2-20261125-020000-000");
        assertThat(client.indices().exists(e -> e.index("kiosk-things-v2-20261125-020000-000")).value()).isTrue();
        assertThat(read("new")).containsEntry("name", "as the replay writes it");
        assertThat(read("old")).as("the old index is gone").isNull();
        assertThat(index.prepare()).isEqualTo(IndexPreparation.CURRENT);
    }

    @Test
    void an_index_of_another_mapping_version_is_outdated() {
        versioned(2).prepare();

        assertThat(versioned(3).prepare()).isEqualTo(IndexPreparation.OUTDATED);
        assertThat(behind(ALIAS)).as("nothing moved yet").containsExactly("kiosk-things-v2-20261125-020000-000");
    }

    @Test
    void a_rebuild_fills_a_fresh_index_while_searches_read_the_old_one_then_swaps_and_deletes_the_old() throws IOException {
        index.prepare();
        index.write("a", Map.of("name", "before the rebuild"), 1);

        index.startRebuild();
        String fresh = behind("kiosk-things-write").iterator().next();
        index.write("a", Map.of("name", "rebuilt"), 1);

        assertThat(fresh).isEqualTo("kiosk-things-v2-20261125-020000-001");
        assertThat(read("a")).containsEntry("name", "before the rebuild");
        assertThat(index.finishRebuild()).isTrue();
        assertThat(read("a")).containsEntry("name", "rebuilt");
        assertThat(behind(ALIAS)).containsExactly(fresh);
        assertThat(client.indices().exists(e -> e.index("kiosk-things-v2-20261125-020000-000")).value()).isFalse();
        assertThat(index.finishRebuild()).as("finishing again does nothing").isFalse();
    }

    @Test
    void a_rebuild_started_again_drops_the_index_the_first_one_was_filling() throws IOException {
        index.prepare();
        index.startRebuild();
        String abandoned = behind("kiosk-things-write").iterator().next();

        index.startRebuild();

        assertThat(client.indices().exists(e -> e.index(abandoned)).value()).isFalse();
        assertThat(behind(ALIAS)).containsExactly("kiosk-things-v2-20261125-020000-000");
        assertThat(behind("kiosk-things-write")).doesNotContain(abandoned).hasSize(1);
    }

    @Test
    void a_lost_write_alias_is_put_back_on_the_index_searches_read() throws IOException {
        index.prepare();
        client.indices().deleteAlias(d -> d.index("*").name("kiosk-things-write"));

        assertThat(index.prepare()).isEqualTo(IndexPreparation.CURRENT);

        assertThat(behind("kiosk-things-write")).containsExactly("kiosk-things-v2-20261125-020000-000");
    }

    @Test
    void a_new_index_needs_a_replay_only_when_its_processor_has_read_events_before() {
        assertThat(IndexPreparation.CREATED.needsReplay(false, false)).isFalse();
        assertThat(IndexPreparation.CREATED.needsReplay(true, false)).isTrue();
        assertThat(IndexPreparation.CURRENT.needsReplay(true, false)).isFalse();
    }
}
