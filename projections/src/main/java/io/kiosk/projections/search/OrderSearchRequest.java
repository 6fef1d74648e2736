package io.kiosk.projections.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import io.kiosk.projections.pinyin.TypedPinyin;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderSearchCursor;
import io.kiosk.api.order.OrderSort;
import io.kiosk.api.order.SearchOrders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How one order search is put to the index: the text, matched in every way it could be meant (the start of an
 * order id, a customer id, an e-mail address, a phone number or its last digits, words of names and product
 * names), each with its weight; the filters, which narrow without scoring; and the sort, which always ends
 * with the order id so that {@code search_after} has a unique place to resume from.
 */
final class OrderSearchRequest {

    /** Words are looked for here: people's names in both analyses, product names in both languages, categories. */
    static final List<String> TEXT_FIELDS = List.of("contact.name", "contact.name.en", "recipient.name", "recipient.name.en",
            "productNames.zh", "productNames.en", "categories");

    private static final Pattern ID_PREFIX = Pattern.compile("[0-9a-f]{4}[0-9a-f-]{0,32}");
    private static final Pattern UUID_SHAPE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{6,15}");
    /** Initials find a person only when short (cm, wl): longer runs of letters are words, not initials. */
    private static final int MOST_INITIALS = 4;

    private OrderSearchRequest() {
    }

    static Query query(SearchOrders search) {
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(q -> q.exists(e -> e.field("placedAt")))); // a payment seen before its order is no hit yet
        if (!search.statuses().isEmpty()) {
            List<FieldValue> statuses = search.statuses().stream().map(status -> FieldValue.of(status.name())).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field("status").terms(v -> v.value(statuses)))));
        }
        if (search.paymentMethod() != null) {
            filters.add(term("paymentMethod", search.paymentMethod().name()));
        }
        if (search.currency() != null) {
            filters.add(term("currency", search.currency().getCurrencyCode()));
        }
        if (search.placedFrom() != null || search.placedBefore() != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("placedAt");
                if (search.placedFrom() != null) {
                    d.gte(search.placedFrom().toString());
                }
                if (search.placedBefore() != null) {
                    d.lt(search.placedBefore().toString());
                }
                return d;
            }))));
        }
        if (search.minTotal() != null || search.maxTotal() != null) {
            filters.add(Query.of(q -> q.range(r -> r.number(n -> {
                n.field("totalThousandths");
                if (search.minTotal() != null) {
                    n.gte((double) thousandths(search.minTotal(), RoundingMode.CEILING));
                }
                if (search.maxTotal() != null) {
                    n.lte((double) thousandths(search.maxTotal(), RoundingMode.FLOOR));
                }
                return n;
            }))));
        }
        return Query.of(q -> q.bool(b -> {
            b.filter(filters);
            if (search.text() != null) {
                b.must(text(search.text()));
            }
            return b;
        }));
    }

    /** Any one reading of the text will do; an exact identifier outweighs a word found in a name. */
    private static Query text(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Query> readings = new ArrayList<>();
        if (ID_PREFIX.matcher(lower).matches()) {
            readings.add(Query.of(q -> q.prefix(p -> p.field("orderId").value(lower).boost(20f))));
        }
        if (UUID_SHAPE.matcher(lower).matches()) {
            readings.add(Query.of(q -> q.term(t -> t.field("customerId").value(lower).boost(10f))));
        }
        if (lower.contains("@")) {
            readings.add(Query.of(q -> q.term(t -> t.field("contact.email").value(lower).boost(10f))));
        }
        String phone = text.replaceAll("[\\s()-]", "");
        if (PHONE.matcher(phone).matches()) {
            readings.add(Query.of(q -> q.prefix(p -> p.field("phonesReversed").value(OrderDocument.reversedDigits(phone)).boost(5f))));
        }
        readings.add(Query.of(q -> q.multiMatch(m -> m.query(text).fields(TEXT_FIELDS)
                .type(TextQueryType.CrossFields).operator(Operator.And))));
        // a Chinese name typed in pinyin (chenmei, chen mei) or, if short, as initials (cm)
        TypedPinyin.syllables(text).forEach(syllables -> readings.add(Query.of(q -> q.matchPhrase(p -> p
                .field("namesPinyin.full").query(syllables).boost(3f)))));
        TypedPinyin.initials(text).filter(initials -> text.strip().length() <= MOST_INITIALS).ifPresent(initials ->
                readings.add(Query.of(q -> q.matchPhrase(p -> p.field("namesPinyin.initials").query(initials).boost(2f)))));
        return Query.of(q -> q.bool(b -> b.should(readings).minimumShouldMatch("1")));
    }

    /** Ties are broken by the order id, so that every hit has a place of its own to resume after. */
    static List<SortOptions> sort(OrderSort sort) {
        SortOptions byId = field("orderId", SortOrder.Asc);
        return switch (sort) {
            case PLACED_AT_DESC -> List.of(field("placedAt", SortOrder.Desc), byId);
            case PLACED_AT_ASC -> List.of(field("placedAt", SortOrder.Asc), byId);
            case TOTAL_DESC -> List.of(field("totalThousandths", SortOrder.Desc), byId);
            case TOTAL_ASC -> List.of(field("totalThousandths", SortOrder.Asc), byId);
            case RELEVANCE -> List.of(SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc))),
                    field("placedAt", SortOrder.Desc), byId);
        };
    }

    /** The sort values to resume after, in the order {@link #sort} sorts by. */
    static List<FieldValue> searchAfter(OrderSearchCursor cursor) {
        List<FieldValue> values = new ArrayList<>();
        if (cursor.score() != null) {
            values.add(FieldValue.of(cursor.score().doubleValue()));
        }
        values.add(FieldValue.of(cursor.key()));
        values.add(FieldValue.of(cursor.orderId().toString()));
        return values;
    }

    /** Where the page that ends with {@code hit} ended. */
    static OrderSearchCursor cursorAfter(Hit<?> hit, OrderSort sort) {
        List<FieldValue> values = hit.sort();
        int key = sort == OrderSort.RELEVANCE ? 1 : 0;
        Float score = sort == OrderSort.RELEVANCE ? (float) values.get(0).doubleValue() : null;
        return new OrderSearchCursor(sort, score, values.get(key).longValue(), OrderId.of(values.get(key + 1).stringValue()));
    }

    static long thousandths(BigDecimal amount, RoundingMode towards) {
        return amount.setScale(3, towards).movePointRight(3).longValueExact();
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    /** A field to sort on; one an older index does not have sorts as missing rather than failing the search. */
    private static SortOptions field(String name, SortOrder order) {
        return SortOptions.of(o -> o.field(f -> f.field(name).order(order).unmappedType(FieldType.Long)));
    }
}
