package io.kiosk.infra.embedded;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

import java.io.IOException;

/** The official client over the low-level REST client, closed together. */
final class ElasticsearchHttp implements AutoCloseable {
    final ElasticsearchClient client;
    final RestClient restClient;

    ElasticsearchHttp(EmbeddedElasticsearch elasticsearch) {
        restClient = RestClient.builder(HttpHost.create(elasticsearch.httpUri().toString())).build();
        client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
    }

    @Override
    public void close() throws IOException {
        restClient.close();
    }
}
