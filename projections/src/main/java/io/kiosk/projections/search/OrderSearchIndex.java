package io.kiosk.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.util.ObjectBuilder;
import io.kiosk.projections.elasticsearch.AliasedSearchIndex;
import io.kiosk.projections.elasticsearch.IndexDefinition;
import io.kiosk.projections.elasticsearch.VersionedIndex;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The Elasticsearch index of orders, written through the official Java API client, read through the alias
 * {@value #INDEX} and written through {@code kiosk-orders-write} ({@link VersionedIndex}). People's names
 * are analysed with {@code cjk} (Chinese names as bigrams, Latin ones as words) and again with
 * {@code english}, product names in Chinese with {@code cjk} and in English with {@code english}, so that a
 * search mixing a name and a product finds the order in either language. Identifiers, e-mail addresses,
 * phone numbers, statuses and methods are keywords.
 *
 * <p>Every write is a read-change-write of one document at the version the change reaches
 * ({@link OrderDocument#version()}); see {@link OrderSearchSequencingPolicy} for why nothing else writes the
 * same document at the same time, and the external version for why a stale or repeated write changes nothing.
 * Within a unit of work (a processor's batch of events) the changed documents are kept and written in one
 * bulk request as it commits: an order changed by several events of the batch is read once and written once,
 * and a replay writes a hundred events' documents per request instead of one. Should the bulk fail, the unit
 * of work rolls back and the processor handles the batch again.
 */
@Component
public class OrderSearchIndex extends AliasedSearchIndex {

    public static final String INDEX = "kiosk-orders";
    /** 2: the document of contacts, products, payment and versions per part, behind aliases. (1: the concrete index before.) */
    /** 3: the people's names in pinyin ({@code namesPinyin}). */
    static final int MAPPING_VERSION = 3;
    private static final String PENDING_WRITES = OrderSearchIndex.class.getName() + ".pendingWrites";

    OrderSearchIndex(ElasticsearchClient client) {
        super(client, definition(), OrderSearchProjection.PROCESSING_GROUP);
    }

    static IndexDefinition definition() {
        return new IndexDefinition(INDEX, MAPPING_VERSION, TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .properties("orderId", OrderSearchIndex::keyword)
                .properties("cartId", OrderSearchIndex::keyword)
                .properties("customerId", OrderSearchIndex::keyword)
                .properties("status", OrderSearchIndex::keyword)
                .properties("contact", OrderSearchIndex::person)
                .properties("recipient", OrderSearchIndex::person)
                .properties("namesPinyin", p -> p.object(o -> o
                        .properties("full", full -> full.text(t -> t.analyzer("standard")))
                        .properties("initials", initials -> initials.text(t -> t.analyzer("standard")))))
                .properties("phonesReversed", OrderSearchIndex::keyword)
                .properties("region", OrderSearchIndex::keyword)
                .properties("currency", OrderSearchIndex::keyword)
                .properties("total", p -> p.keyword(k -> k.index(false).docValues(false)))
                .properties("totalThousandths", p -> p.long_(l -> l))
                .properties("lineCount", p -> p.integer(i -> i))
                .properties("placedAt", p -> p.date(d -> d))
                .properties("updatedAt", p -> p.date(d -> d))
                .properties("productIds", OrderSearchIndex::keyword)
                .properties("productNames", p -> p.object(o -> o
                        .properties("zh", zh -> zh.text(t -> t.analyzer("cjk")))
                        .properties("en", en -> en.text(t -> t.analyzer("english")))))
                .properties("categories", OrderSearchIndex::keyword)
                .properties("paymentId", OrderSearchIndex::keyword)
                .properties("paymentMethod", OrderSearchIndex::keyword)
                .properties("paymentStatus", OrderSearchIndex::keyword)
                .properties("orderVersion", p -> p.long_(l -> l))
                .properties("paymentVersion", p -> p.long_(l -> l))));
    }

    private static ObjectBuilder<Property> keyword(Property.Builder property) {
        return property.keyword(k -> k);
    }

    private static ObjectBuilder<Property> person(Property.Builder property) {
        return property.object(o -> o
                .properties("name", name -> name.text(t -> t.analyzer("cjk")
                        .fields("en", en -> en.text(english -> english.analyzer("english")))))
                .properties("email", OrderSearchIndex::keyword)
                .properties("phone", OrderSearchIndex::keyword));
    }

    /** A replay starts: it fills a fresh index (see {@link VersionedIndex#startRebuild()}). */
    void startRebuild() {
        index().startRebuild();
    }

    /**
     * Applies {@code change} to the order's document as the index being written holds it (or to an unknown
     * order), and writes the result at the version it reaches, unless the change changed nothing.
     */
    void change(String orderId, UnaryOperator<OrderDocument> change) {
        Map<String, OrderDocument> batch = CurrentUnitOfWork.isStarted() ? pendingWrites(CurrentUnitOfWork.get().root()) : null;
        OrderDocument current = batch != null && batch.containsKey(orderId) ? batch.get(orderId)
                : index().find(orderId, OrderDocument.class).orElseGet(() -> OrderDocument.unknown(orderId));
        OrderDocument changed = change.apply(current);
        if (changed != current) {
            if (batch != null) {
                batch.put(orderId, changed);
            } else {
                write(changed);
            }
        }
    }

    /** The documents this unit of work changed, written in one bulk request when it commits. */
    private Map<String, OrderDocument> pendingWrites(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(PENDING_WRITES, key -> {
            Map<String, OrderDocument> pending = new LinkedHashMap<>();
            unitOfWork.onPrepareCommit(committing -> index().writeAll(pending.values().stream()
                    .map(document -> new VersionedIndex.Write(document.orderId(), document, document.version())).toList()));
            return pending;
        });
    }

    /**
     * The customer was erased: every document of theirs (written, or waiting in this unit of work) names them as
     * erased from now on.
     */
    void eraseCustomer(String customerId) {
        Map<String, OrderDocument> batch = CurrentUnitOfWork.isStarted() ? pendingWrites(CurrentUnitOfWork.get().root()) : null;
        Set<String> orders = new LinkedHashSet<>(index().idsWhere("customerId", customerId));
        if (batch != null) {
            batch.values().stream().filter(document -> customerId.equals(document.customerId()))
                    .forEach(document -> orders.add(document.orderId()));
        }
        orders.forEach(order -> change(order, OrderDocument::erased));
    }

    /** Writes the document at its version unless the index already holds that version or a newer one. */
    void write(OrderDocument document) {
        index().write(document.orderId(), document, document.version());
    }
}
