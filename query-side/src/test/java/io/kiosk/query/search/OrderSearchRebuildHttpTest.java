package io.kiosk.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.Role;
import io.kiosk.api.order.CancellationReason;
import io.kiosk.api.order.OrderAwaitingPayment;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.pricing.Money;
import io.kiosk.projections.search.OrderSearchIndex;
import io.kiosk.query.ExampleEvents;
import io.kiosk.query.HttpClientForTests.Answer;
import io.kiosk.query.QuerySideHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.kiosk.query.search.OrderSearchExamples.CHARGER;
import static io.kiosk.query.search.OrderSearchExamples.details;
import static io.kiosk.query.search.OrderSearchExamples.line;
import static io.kiosk.query.search.OrderSearchExamples.mall;
import static io.kiosk.query.search.OrderSearchExamples.placed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order search through events that come late, first or again, and through a rebuild: the payment of one order
 * is recorded before the order itself; every event is delivered a second time into the same index; and the
 * whole index is rebuilt behind its alias while searches go on. This class's orders are placed in January 2031.
 */
class OrderSearchRebuildHttpTest extends QuerySideHttpTest {

    private static final String JANUARY_2031 = "/api/search/orders?from=2031-01-01&to=2031-01-31&sort=placedAt,asc";
    private static final OrderId PAID_FIRST = OrderId.random(), CANCELLED = OrderId.random();
    private static boolean recorded;
    private String staff;

    @Autowired
    private ElasticsearchClient elasticsearch;

    /** An order whose payment is in the log before the order is, paid; another one cancelled. */
    @BeforeEach
    void twoOrdersInJanuary2031() {
        staff = identity.accessToken(CustomerId.random(), Role.BACK_OFFICE);
        if (!recorded) {
            PaymentId payment = PaymentId.random();
            Money total = Money.of("398.00", "CNY");
            history.recordAt(mall("2031-01-10T09:00"), "Payment", payment,
                    new PaymentRequested(payment, PAID_FIRST, null, PaymentProvider.WECHAT_PAY, total, null),
                    new PaymentSucceeded(payment, PAID_FIRST, PaymentProvider.WECHAT_PAY, total, "T9", null));
            history.recordAt(mall("2031-01-10T09:00"), ExampleEvents.ORDER, PAID_FIRST,
                    placed(PAID_FIRST, details("Mia Chen", "mia.first@example.com", "+8613900009999", "Mia Chen",
                            "+8613900009999", PaymentProvider.WECHAT_PAY), line("ks-charger-pro", 2, "199.00", "CNY", CHARGER)),
                    new OrderAwaitingPayment(PAID_FIRST, payment), new OrderPaid(PAID_FIRST, payment));
            history.recordAt(mall("2031-01-11T09:00"), ExampleEvents.ORDER, CANCELLED,
                    placed(CANCELLED, details("Lei Wang", "lei.second@example.com", "+8613600006666", "Lei Wang",
                            "+8613600006666", PaymentProvider.CARD), line("ks-charger-pro", 1, "199.00", "CNY", CHARGER)),
                    new OrderCancelled(CANCELLED, CancellationReason.CUSTOMER_REQUEST, false));
            recorded = true;
        }
        eventually(JANUARY_2031, staff, answer -> answer.body().path("total").asInt() == 2
                && answer.text().contains("SUCCEEDED") && answer.text().contains("\"PAID\"") && answer.text().contains("CANCELLED"));
    }

    private long version(OrderId order) throws IOException {
        return elasticsearch.get(g -> g.index(OrderSearchIndex.INDEX).id(order.toString()), ObjectNode.class).version();
    }

    private String behind(String alias) throws IOException {
        return elasticsearch.indices().getAlias(g -> g.name(alias)).result().keySet().iterator().next();
    }

    @Test
    void a_payment_seen_before_its_order_shows_with_the_order() {
        var hit = http.get(JANUARY_2031, staff).body().path("hits").get(0);

        assertThat(hit.path("orderId").asText()).isEqualTo(PAID_FIRST.toString());
        assertThat(hit.path("status").asText()).isEqualTo("PAID");
        assertThat(hit.path("paymentStatus").asText()).isEqualTo("SUCCEEDED");
        assertThat(hit.path("paymentMethod").asText()).isEqualTo("WECHAT_PAY");
        assertThat(hit.path("contact").path("name").asText()).isEqualTo("Mia Chen");
    }

    @Test
    void every_event_delivered_again_into_the_same_index_is_refused_by_its_external_version() throws IOException {
        String before = http.get(JANUARY_2031, staff).text();
        long paidFirst = version(PAID_FIRST);
        long cancelled = version(CANCELLED);

        redeliverEverything("order-search");

        assertThat(version(PAID_FIRST)).as("order part at 2, payment part at 1").isEqualTo(paidFirst).isEqualTo(5);
        assertThat(version(CANCELLED)).isEqualTo(cancelled).isEqualTo(2);
        assertThat(http.get(JANUARY_2031, staff).text()).isEqualTo(before);
    }

    @Test
    void a_rebuild_fills_a_fresh_index_while_searches_answer_from_the_old_one_then_takes_over() throws Exception {
        String answerBefore = http.get(JANUARY_2031, staff).text();
        String oldIndex = behind(OrderSearchIndex.INDEX);
        List<Integer> answeredDuringTheRebuild = new CopyOnWriteArrayList<>();
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        Thread searching = new Thread(() -> {
            while (rebuilding.get()) {
                Answer answer = http.get(JANUARY_2031, staff);
                answeredDuringTheRebuild.add(answer.status() == 200 ? answer.body().path("total").asInt() : -answer.status());
            }
        }, "searching-during-rebuild");
        searching.start();

        replay("order-search");
        String freshIndex = behind("kiosk-orders-write");
        assertThat(freshIndex).isNotEqualTo(oldIndex).startsWith("kiosk-orders-v3-");
        assertThat(behind(OrderSearchIndex.INDEX)).as("searches read the old index until the swap").isEqualTo(oldIndex);
        caughtUp("order-search");
        rebuilding.set(false);
        searching.join();

        assertThat(answeredDuringTheRebuild).isNotEmpty().containsOnly(2);
        assertThat(behind(OrderSearchIndex.INDEX)).isEqualTo(freshIndex);
        assertThat(elasticsearch.indices().exists(e -> e.index(oldIndex)).value()).as("the old index is gone").isFalse();
        assertThat(http.get(JANUARY_2031, staff).text()).isEqualTo(answerBefore);
    }
}
