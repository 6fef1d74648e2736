package io.kiosk.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import io.kiosk.projections.elasticsearch.VersionedIndex;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The Elasticsearch index of orders, written through the official Java API client. Each write
 * carries the order's event sequence number as an external version, so a replayed or redelivered
 * event can never overwrite a newer document with an older one.
 */
@Component
public class OrderSearchIndex implements InitializingBean {

    public static final String INDEX = "kiosk-orders";

    private final VersionedIndex index;

    OrderSearchIndex(ElasticsearchClient client) {
        this.index = new VersionedIndex(client, INDEX);
    }

    /** Creates the index with its mapping unless it exists. */
    @Override
    public void afterPropertiesSet() {
        index.createUnlessExists(TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .properties("orderId", p -> p.keyword(k -> k))
                .properties("cartId", p -> p.keyword(k -> k))
                .properties("customerId", p -> p.keyword(k -> k))
                .properties("status", p -> p.keyword(k -> k))
                .properties("currency", p -> p.keyword(k -> k))
                .properties("total", p -> p.double_(d -> d))
                .properties("placedAt", p -> p.date(d -> d))
                .properties("productIds", p -> p.keyword(k -> k))
                .properties("lineCount", p -> p.integer(i -> i))));
    }

    /**
     * Gives a known order a new status at {@code version}. Events of one order are handled one after
     * the other, so reading the document and writing it back cannot race another writer of it; an
     * older version than the index holds is refused by the index as usual.
     */
    void changeStatus(String orderId, String status, long version) {
        index.find(orderId, OrderDocument.class)
                .ifPresent(document -> index.write(orderId, document.withStatus(status), version));
    }

    /** Writes the document at {@code version} unless the index already holds that version or a newer one. */
    void write(OrderDocument document, long version) {
        index.write(document.orderId(), document, version);
    }
}
