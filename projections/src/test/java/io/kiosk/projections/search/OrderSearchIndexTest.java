package io.kiosk.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.kiosk.infra.embedded.EmbeddedElasticsearch;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The order index against a real Elasticsearch node: replays and redeliveries never go backwards. */
class OrderSearchIndexTest {

    private static EmbeddedElasticsearch node;
    private static RestClient rest;
    private static ElasticsearchClient client;
    private static OrderSearchIndex index;

    @BeforeAll
    static void startElasticsearch() {
        node = EmbeddedElasticsearch.start();
        rest = RestClient.builder(HttpHost.create(node.httpUri().toString())).build();
        client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
        index = new OrderSearchIndex(client);
        index.afterPropertiesSet();
    }

    @AfterAll
    static void stopElasticsearch() throws IOException {
        rest.close();
        node.close();
    }

    private static OrderDocument order(String id, String status) {
        return new OrderDocument(id, UUID.randomUUID().toString(), UUID.randomUUID().toString(), status, "CNY", 597.0,
                "2026-11-25T06:00:00Z", List.of("ks-charger-pro"), 1);
    }

    private static GetResponse<OrderDocument> stored(String id) throws IOException {
        return client.get(g -> g.index(OrderSearchIndex.INDEX).id(id), OrderDocument.class);
    }

    @Test
    void an_older_version_never_overwrites_a_newer_one() throws IOException {
        String id = UUID.randomUUID().toString();
        index.write(order(id, "SHIPPED"), 5);

        index.write(order(id, "PLACED"), 0);

        assertThat(stored(id).version()).isEqualTo(5);
        assertThat(stored(id).source().status()).isEqualTo("SHIPPED");
    }

    @Test
    void a_redelivered_event_is_accepted_silently() throws IOException {
        String id = UUID.randomUUID().toString();
        index.write(order(id, "PLACED"), 0);
        index.write(order(id, "PLACED"), 0);

        assertThat(stored(id).version()).isZero();
    }

    @Test
    void a_newer_version_replaces_the_document() throws IOException {
        String id = UUID.randomUUID().toString();
        index.write(order(id, "PLACED"), 0);
        index.write(order(id, "PAID"), 2);

        assertThat(stored(id).source().status()).isEqualTo("PAID");
    }

    @Test
    void preparing_the_index_again_keeps_what_it_holds() throws IOException {
        String id = UUID.randomUUID().toString();
        index.write(order(id, "PLACED"), 0);

        index.afterPropertiesSet();

        assertThat(stored(id).found()).isTrue();
    }

    @Test
    void a_status_change_keeps_the_rest_of_the_order_and_never_goes_back() throws IOException {
        String id = UUID.randomUUID().toString();
        index.write(order(id, "PLACED"), 0);

        index.changeStatus(id, "SHIPPED", 4);
        index.changeStatus(id, "PAID", 2);

        assertThat(stored(id).version()).isEqualTo(4);
        assertThat(stored(id).source().status()).isEqualTo("SHIPPED");
        assertThat(stored(id).source().productIds()).containsExactly("ks-charger-pro");
    }

    @Test
    void a_status_change_for_an_order_the_index_never_saw_changes_nothing() throws IOException {
        String id = UUID.randomUUID().toString();

        index.changeStatus(id, "PAID", 2);

        assertThat(stored(id).found()).isFalse();
    }
}
