package io.kiosk.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderSearchResult;
import io.kiosk.api.order.OrderSort;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.order.SearchOrders;
import io.kiosk.api.pricing.Money;
import io.kiosk.projections.elasticsearch.SearchFailures;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Order search for the back office, over the read alias of the order index ({@link OrderSearchRequest} says
 * how). Pages are fetched one hit longer than asked: that extra hit says whether there is a next page, so
 * {@code next} is missing exactly on the last one. Deep paging resumes after the last hit's sort values
 * ({@code search_after}); no page costs more than its own size, however deep it is.
 */
@Component
class OrderSearch {

    private final ElasticsearchClient client;

    OrderSearch(ElasticsearchClient client) {
        this.client = client;
    }

    @QueryHandler
    OrderSearchResult answer(SearchOrders search) {
        OrderSort sort = search.effectiveSort();
        SearchResponse<OrderDocument> response = SearchFailures.answer("order search", () -> client.search(s -> {
            s.index(OrderSearchIndex.INDEX)
                    .query(OrderSearchRequest.query(search))
                    .sort(OrderSearchRequest.sort(sort))
                    .size(search.size() + 1)
                    .trackTotalHits(t -> t.enabled(true));
            if (search.after() != null) {
                s.searchAfter(OrderSearchRequest.searchAfter(search.after()));
            }
            return s;
        }, OrderDocument.class));
        List<Hit<OrderDocument>> found = response.hits().hits();
        List<Hit<OrderDocument>> page = found.subList(0, Math.min(found.size(), search.size()));
        String next = found.size() > search.size()
                ? OrderSearchRequest.cursorAfter(page.get(page.size() - 1), sort).encode() : null;
        long total = response.hits().total() == null ? page.size() : response.hits().total().value();
        return new OrderSearchResult(total, page.stream().map(Hit::source).map(OrderSearch::hit).toList(), next);
    }

    /** What the document shows; an index of an older mapping (during its rebuild) lacks some of it. */
    private static OrderSearchResult.Hit hit(OrderDocument document) {
        Currency currency = Currency.getInstance(document.currency());
        Money total = new Money(new BigDecimal(document.total())
                .setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP), currency);
        return new OrderSearchResult.Hit(
                OrderId.of(document.orderId()),
                document.customerId() == null ? null : CustomerId.of(document.customerId()),
                document.status() == null ? null : OrderStatus.valueOf(document.status()),
                total,
                document.lineCount() == null ? 0 : document.lineCount(),
                products(document),
                person(document.contact()),
                person(document.recipient()),
                document.region(),
                document.paymentMethod() == null ? null : PaymentProvider.valueOf(document.paymentMethod()),
                document.paymentStatus(),
                Instant.parse(document.placedAt()),
                document.updatedAt() == null ? null : Instant.parse(document.updatedAt()));
    }

    private static List<OrderSearchResult.Product> products(OrderDocument document) {
        List<String> zh = document.productNames().zh();
        List<String> en = document.productNames().en();
        List<OrderSearchResult.Product> products = new ArrayList<>();
        for (int i = 0; i < document.productIds().size(); i++) {
            String id = document.productIds().get(i);
            products.add(new OrderSearchResult.Product(new ProductId(id),
                    LocalizedText.of(i < zh.size() ? zh.get(i) : id, i < en.size() ? en.get(i) : id)));
        }
        return products;
    }

    private static OrderSearchResult.Person person(OrderDocument.Person person) {
        return person == null ? null : new OrderSearchResult.Person(person.name(), person.email(), person.phone());
    }
}
