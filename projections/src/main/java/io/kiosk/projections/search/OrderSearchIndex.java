package io.kiosk.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import org.elasticsearch.client.ResponseException;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The Elasticsearch index of orders, written through the official Java API client. Each write
 * carries the order's event sequence number as an external version, so a replayed or redelivered
 * event can never overwrite a newer document with an older one.
 */
@Component
public class OrderSearchIndex implements InitializingBean {

    public static final String INDEX = "kiosk-orders";

    private static final int CONFLICT = 409;

    private final ElasticsearchClient client;

    OrderSearchIndex(ElasticsearchClient client) {
        this.client = client;
    }

    /** Creates the index with its mapping unless it exists. */
    @Override
    public void afterPropertiesSet() {
        try {
            if (client.indices().exists(e -> e.index(INDEX)).value()) {
                return;
            }
            client.indices().create(c -> c.index(INDEX)
                    .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                    .mappings(m -> m.dynamic(DynamicMapping.Strict)
                            .properties("orderId", p -> p.keyword(k -> k))
                            .properties("cartId", p -> p.keyword(k -> k))
                            .properties("customerId", p -> p.keyword(k -> k))
                            .properties("status", p -> p.keyword(k -> k))
                            .properties("currency", p -> p.keyword(k -> k))
                            .properties("total", p -> p.double_(d -> d))
                            .properties("placedAt", p -> p.date(d -> d))
                            .properties("productIds", p -> p.keyword(k -> k))
                            .properties("lineCount", p -> p.integer(i -> i))));
        } catch (ElasticsearchException alreadyCreated) {
            if (!"resource_already_exists_exception".equals(alreadyCreated.error().type())) {
                throw alreadyCreated;
            }
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; cannot prepare index " + INDEX, unreachable);
        }
    }

    /** Writes the document at {@code version} unless the index already holds that version or a newer one. */
    void write(OrderDocument document, long version) {
        try {
            client.index(i -> i.index(INDEX)
                    .id(document.orderId())
                    .versionType(VersionType.External)
                    .version(version)
                    .document(document));
        } catch (ElasticsearchException refused) {
            if (refused.status() != CONFLICT) {
                throw refused;
            }
            // the index already holds this version or a newer one: the event was seen before
        } catch (ResponseException refused) {
            // the same refusal, as the low-level client reports it for external versions
            if (refused.getResponse().getStatusLine().getStatusCode() != CONFLICT) {
                throw new UncheckedIOException("Elasticsearch refused order " + document.orderId(), refused);
            }
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; order " + document.orderId() + " not indexed", unreachable);
        }
    }
}
