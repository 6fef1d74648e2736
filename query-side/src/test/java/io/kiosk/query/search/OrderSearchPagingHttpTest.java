package io.kiosk.query.search;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.Role;
import io.kiosk.api.order.OrderId;
import io.kiosk.query.ExampleEvents;
import io.kiosk.query.HttpClientForTests.Answer;
import io.kiosk.query.QuerySideHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.kiosk.query.search.OrderSearchExamples.CHARGER;
import static io.kiosk.query.search.OrderSearchExamples.details;
import static io.kiosk.query.search.OrderSearchExamples.ids;
import static io.kiosk.query.search.OrderSearchExamples.line;
import static io.kiosk.query.search.OrderSearchExamples.mall;
import static io.kiosk.query.search.OrderSearchExamples.placed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sorting and deep paging over HTTP, and every parameter a client can get wrong. 25 orders are placed in June
 * 2032, five at each of five moments and with totals that tie as well, so that only the order id tells many
 * of them apart: paging through them with {@code after} must show each exactly once.
 */
class OrderSearchPagingHttpTest extends QuerySideHttpTest {

    private static final String JUNE_2032 = "/api/search/orders?from=2032-06-01&to=2032-06-30";
    private static final int ORDERS = 25;
    /** Each order with its placement and total. */
    private static final Map<String, Placed> placedOrders = new LinkedHashMap<>();
    private String staff;

    private record Placed(String orderId, Instant at, BigDecimal total, boolean chen) {
    }

    @BeforeEach
    void twentyFiveOrdersInJune2032() {
        staff = identity.accessToken(CustomerId.random(), Role.BACK_OFFICE);
        if (placedOrders.isEmpty()) {
            for (int i = 0; i < ORDERS; i++) {
                OrderId order = OrderId.random();
                Instant at = mall("2032-06-0" + (1 + i % 5) + "T12:00");
                String price = (10 + 10 * (i % 4)) + ".00";
                boolean chen = i % 2 == 1;
                history.recordAt(at, ExampleEvents.ORDER, order, placed(order,
                        details(chen ? "Chen Jing" : "Wang Fang", "buyer" + i + "@example.com", "+86139000000" + (10 + i),
                                "Recipient", "+8613700000000", PaymentProvider.ALIPAY),
                        line("ks-charger-pro", 1, price, "CNY", CHARGER)));
                placedOrders.put(order.toString(), new Placed(order.toString(), at, new BigDecimal(price), chen));
            }
        }
        eventually(JUNE_2032, staff, answer -> answer.body().path("total").asInt() == ORDERS);
    }

    /** Every page of a search, following {@code next} until there is none. */
    private List<Answer> allPages(String search) {
        List<Answer> pages = new ArrayList<>();
        String next = null;
        do {
            Answer page = http.getEncoded(search + (next == null ? "" : "&after=" + next), staff);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            pages.add(page);
            next = page.body().hasNonNull("next") ? page.field("next") : null;
            assertThat(pages).as("no end to the pages").hasSizeLessThan(20);
        } while (next != null);
        return pages;
    }

    private static List<String> hits(List<Answer> pages) {
        return pages.stream().flatMap(page -> ids(page).stream()).toList();
    }

    @Test
    void deep_paging_newest_first_shows_every_order_exactly_once_in_order_ties_broken_by_the_order_id() {
        List<Answer> pages = allPages(JUNE_2032 + "&size=7");

        assertThat(pages).extracting(page -> ids(page).size()).containsExactly(7, 7, 7, 4);
        assertThat(pages).allSatisfy(page -> assertThat(page.body().path("total").asInt()).isEqualTo(ORDERS));
        assertThat(hits(pages)).containsExactlyElementsOf(placedOrders.values().stream()
                .sorted(Comparator.comparing(Placed::at).reversed().thenComparing(Placed::orderId))
                .map(Placed::orderId).toList());
    }

    @Test
    void deep_paging_by_total_shows_every_order_exactly_once_cheapest_first() {
        List<String> seen = hits(allPages(JUNE_2032 + "&sort=total,asc&size=6"));

        assertThat(seen).hasSize(ORDERS).doesNotHaveDuplicates();
        assertThat(seen).containsExactlyElementsOf(placedOrders.values().stream()
                .sorted(Comparator.comparing(Placed::total).thenComparing(Placed::orderId)).map(Placed::orderId).toList());
    }

    @Test
    void deep_paging_by_relevance_shows_every_match_exactly_once() {
        List<String> seen = hits(allPages(JUNE_2032 + "&q=chen&sort=relevance&size=4"));

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(new HashSet<>(placedOrders.values().stream().filter(Placed::chen)
                .map(Placed::orderId).toList()));
    }

    @Test
    void the_oldest_first_and_the_dearest_first_are_sorts_too() {
        List<String> oldest = ids(http.get(JUNE_2032 + "&sort=placedAt,asc&size=100", staff));
        List<String> dearest = ids(http.get(JUNE_2032 + "&sort=total,desc&size=100", staff));

        assertThat(placedOrders.get(oldest.get(0)).at()).isEqualTo(mall("2032-06-01T12:00"));
        assertThat(placedOrders.get(oldest.get(ORDERS - 1)).at()).isEqualTo(mall("2032-06-05T12:00"));
        assertThat(placedOrders.get(dearest.get(0)).total()).isEqualByComparingTo("40.00");
        assertThat(placedOrders.get(dearest.get(ORDERS - 1)).total()).isEqualByComparingTo("10.00");
    }

    @Test
    void a_cursor_continues_only_the_sort_it_was_made_for() {
        String next = http.get(JUNE_2032 + "&size=5", staff).field("next");

        Answer answer = http.get(JUNE_2032 + "&size=5&sort=total,asc&after=" + next, staff);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.field("field")).isEqualTo("after");
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            status=SHIPPEDX                      | status
            paymentMethod=BITCOIN                | paymentMethod
            from=yesterday                       | from
            to=2032-13-01                        | to
            from=2032-06-02&to=2032-06-01        | to
            minTotal=-1                          | minTotal
            minTotal=abc                         | minTotal
            maxTotal=10000000000000              | maxTotal
            minTotal=10&maxTotal=5               | maxTotal
            currency=XYZ                         | currency
            currency=12                          | currency
            sort=cheapest                        | sort
            sort=total                           | sort
            size=0                               | size
            size=101                             | size
            size=abc                             | size
            after=not-a-cursor                   | after
            after=MX5QTEFDRURfQVRfREVTQ35hYmN-eH4 | after
            """)
    void a_bad_parameter_is_a_problem_naming_it(String parameters, String field) {
        Answer answer = http.get("/api/search/orders?" + parameters, staff);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.field("type")).isEqualTo("/problems/invalid-request");
        assertThat(answer.field("field")).isEqualTo(field);
    }

    @Test
    void a_text_longer_than_200_characters_is_refused() {
        Answer answer = http.get("/api/search/orders?q=" + "a".repeat(201), staff);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.field("field")).isEqualTo("q");
    }

    @Test
    void an_unknown_sort_lists_the_sorts_there_are() {
        Answer answer = http.get("/api/search/orders?sort=cheapest", staff);

        assertThat(answer.body().path("allowed").toString()).contains("placedAt,desc", "total,asc", "relevance");
    }
}
