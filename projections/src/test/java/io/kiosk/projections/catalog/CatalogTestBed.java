package io.kiosk.projections.catalog;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.infra.embedded.EmbeddedElasticsearch;
import io.kiosk.projections.ReadModelSchema;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The catalogue read model as the query side runs it, without the query side: its stores over a
 * real PostgreSQL (a schema of its own in the test database, migrated by the query side's
 * migrations: {@link ReadModelSchema}) and its search index in a real Elasticsearch node started
 * in this JVM. Each test class starts one with empty tables and an empty index.
 */
final class CatalogTestBed implements AutoCloseable {

    private static final String SCHEMA = "projections_catalog_test";

    final JdbcClient jdbc;
    final TransactionTemplate transactions;
    final ElasticsearchClient elasticsearch;
    final ProductDefinitions definitions;
    final CatalogProjection projection;
    final ProductSearch search;
    final ProductSearchIndex searchIndex;
    final ProductSynonyms synonyms;
    final ProductSuggester suggester;
    private final EmbeddedElasticsearch node;
    private final RestClient rest;

    private CatalogTestBed() {
        DriverManagerDataSource dataSource = ReadModelSchema.fresh(SCHEMA);
        jdbc = JdbcClient.create(dataSource);
        DataSourceTransactionManager transactionManager = new DataSourceTransactionManager(dataSource);
        transactions = new TransactionTemplate(transactionManager);
        node = EmbeddedElasticsearch.start();
        rest = RestClient.builder(HttpHost.create(node.httpUri().toString())).build();
        elasticsearch = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
        synonyms = new ProductSynonyms(elasticsearch);
        ProductSearchIndex index = new ProductSearchIndex(elasticsearch, synonyms);
        index.afterPropertiesSet();
        searchIndex = index;
        ObjectMapper json = new ObjectMapper();
        definitions = new ProductDefinitions(json);
        CatalogStore store = new CatalogStore(jdbc);
        StockStore stock = new StockStore(jdbc, json);
        projection = new CatalogProjection(store, stock, definitions, new ProductSearchFeed(store, definitions, index),
                new PublishedProducts(jdbc, definitions), new ManagedProducts(jdbc, definitions, stock));
        search = new ProductSearch(elasticsearch);
        suggester = new ProductSuggester(elasticsearch);
    }

    static CatalogTestBed start() {
        return new CatalogTestBed();
    }

    /** Makes everything indexed so far visible to search, as the index does by itself within a second. */
    void refreshIndex() {
        try {
            elasticsearch.indices().refresh(r -> r.index(ProductSearchIndex.INDEX));
        } catch (IOException unreachable) {
            throw new UncheckedIOException(unreachable);
        }
    }

    GetResponse<ProductDocument> indexed(String productId) {
        try {
            return elasticsearch.get(g -> g.index(ProductSearchIndex.INDEX).id(productId), ProductDocument.class);
        } catch (IOException unreachable) {
            throw new UncheckedIOException(unreachable);
        }
    }

    /** The product as {@code index} (a physical index or an alias) holds it. */
    GetResponse<ProductDocument> indexedIn(String index, String productId) {
        try {
            return elasticsearch.get(g -> g.index(index).id(productId), ProductDocument.class);
        } catch (IOException unreachable) {
            throw new UncheckedIOException(unreachable);
        }
    }

    /** The one physical index {@code alias} points at. */
    String behind(String alias) {
        try {
            return elasticsearch.indices().getAlias(g -> g.name(alias)).result().keySet().iterator().next();
        } catch (IOException unreachable) {
            throw new UncheckedIOException(unreachable);
        }
    }

    boolean exists(String index) {
        try {
            return elasticsearch.indices().exists(e -> e.index(index)).value();
        } catch (IOException unreachable) {
            throw new UncheckedIOException(unreachable);
        }
    }

    long searchRevision(String productId) {
        return jdbc.sql("SELECT search_revision FROM catalog_product WHERE product_id = :id").param("id", productId)
                .query(Long.class).single();
    }

    @Override
    public void close() throws IOException {
        rest.close();
        node.close();
    }
}
