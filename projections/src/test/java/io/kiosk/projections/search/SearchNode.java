package io.kiosk.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.kiosk.infra.embedded.EmbeddedElasticsearch;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/** A real Elasticsearch node in this JVM with a client to it, for one test class of order search. */
final class SearchNode implements AutoCloseable {

    final ElasticsearchClient client;
    private final EmbeddedElasticsearch node;
    private final RestClient rest;

    SearchNode() {
        node = EmbeddedElasticsearch.start();
        rest = RestClient.builder(HttpHost.create(node.httpUri().toString())).build();
        client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    }

    /** The order as searches read it now. */
    GetResponse<OrderDocument> stored(String orderId) {
        try {
            return client.get(g -> g.index(OrderSearchIndex.INDEX).id(orderId), OrderDocument.class);
        } catch (IOException unreachable) {
            throw new UncheckedIOException(unreachable);
        }
    }

    /** Makes everything written so far visible to search, as the index does by itself within a second. */
    void refresh() {
        try {
            client.indices().refresh(r -> r.index(OrderSearchIndex.INDEX));
        } catch (IOException unreachable) {
            throw new UncheckedIOException(unreachable);
        }
    }

    /** The physical indexes that {@code alias} points at. */
    Set<String> behind(String alias) {
        try {
            return client.indices().getAlias(g -> g.name(alias)).result().keySet();
        } catch (IOException unreachable) {
            throw new UncheckedIOException(unreachable);
        }
    }

    /** Removes every order index and alias, so that the next test starts as a new deployment would. */
    void deleteOrderIndexes() {
        try {
            // by name: Elasticsearch refuses to delete by wildcard (action.destructive_requires_name)
            for (String index : client.indices().get(g -> g.index(OrderSearchIndex.INDEX + "*").allowNoIndices(true)).result().keySet()) {
                client.indices().delete(d -> d.index(index));
            }
        } catch (IOException unreachable) {
            throw new UncheckedIOException(unreachable);
        }
    }

    @Override
    public void close() throws IOException {
        rest.close();
        node.close();
    }
}
