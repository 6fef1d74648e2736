package io.kiosk.command.refund;

import io.kiosk.api.order.OrderRefundRequested;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.SandboxHttpTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer (or a script of theirs) sends many refund requests for the same paid order at once, over HTTP: the
 * order lets exactly as many through as there are units, the rest are refused with a problem detail, and what the
 * order holds never adds up to more than was paid. Shares its Spring context with the refund journeys
 * ({@link SandboxHttpTest}).
 */
class RefundRaceHttpTest extends SandboxHttpTest {

    private static final int REQUESTS = 12;

    @Test
    void racing_refund_requests_never_claim_more_than_was_paid() throws Exception {
        RefundJourney journey = new RefundJourney(newOrderJourney(), jdbc);
        String order = journey.paidOrder("ALIPAY");
        String oneCharger = "{\"lines\":[{\"lineId\":\"%s\",\"quantity\":1}],\"reason\":\"CHANGED_MIND\"}"
                .formatted(journey.lineOf(order));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService customers = Executors.newFixedThreadPool(REQUESTS);
        List<Future<Answer>> racing = new ArrayList<>();
        for (int request = 0; request < REQUESTS; request++) {
            racing.add(customers.submit((Callable<Answer>) () -> {
                start.await();
                return journey.ask(order, oneCharger);
            }));
        }
        start.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> answer : racing) {
            answers.add(answer.get(2, TimeUnit.MINUTES));
        }
        customers.shutdown();

        assertThat(answers).filteredOn(answer -> answer.status() == 201).as("one request per charger").hasSize(2);
        assertThat(answers).filteredOn(answer -> answer.status() != 201).hasSize(REQUESTS - 2)
                .allSatisfy(refused -> assertThat(refused.contentType()).startsWith("application/problem+json"))
                .allSatisfy(refused -> assertThat(refused.text("type"))
                        .isIn("/problems/refund-exceeds-remainder", "/problems/concurrent-change"));
        List<OrderRefundRequested> held = journey.order.payloadsOf(order).stream()
                .filter(OrderRefundRequested.class::isInstance).map(OrderRefundRequested.class::cast).toList();
        assertThat(held).hasSize(2);
        assertThat(held.stream().map(OrderRefundRequested::amount).reduce(Money::plus).orElseThrow())
                .isEqualTo(Money.of("398.00", "CNY"));
        assertThat(held.stream().flatMap(refund -> refund.lines().stream()).mapToInt(line -> line.quantity().value()).sum())
                .isEqualTo(2);
        assertThat(held).allSatisfy(refund -> assertThat(journey.order.eventsOf(refund.refundId().toString()))
                .startsWith("RefundRequested"));
        assertThat(jdbc.queryForObject("select count(*) from command.refund_request where order_id = ?::uuid", Integer.class, order))
                .isEqualTo(2);
    }
}
