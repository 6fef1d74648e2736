package io.kiosk.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault: {@code kill -9} of the query side while every projection is being rebuilt from the event log. The launcher
 * restarts it; each rebuild must then finish by itself (the processors' replay tokens are in PostgreSQL) or, if the
 * back office starts it again, be accepted and finish — never be refused as "in progress" by a rebuild that died —
 * and every read model must be what it was before the rebuild, table for table and document for document.
 */
@ExtendWith(FaultSuite.Extension.class)
class QuerySideKilledDuringRebuildTest {

    private static final Duration QUIET = Duration.ofMinutes(3);
    private static final Duration REBUILD = Duration.ofMinutes(2);

    private final FaultSuite faults;

    QuerySideKilledDuringRebuildTest(FaultSuite faults) {
        this.faults = faults;
    }

    @Test
    void after_a_kill_9_during_a_rebuild_every_rebuild_finishes_and_the_read_models_equal_those_before() throws Exception {
        someTraffic();
        Http projections = faults.queries(faults.people().admin());
        JsonNode quiet = ProjectionsAtRest.awaitQuiet(projections, faults.eventLog(), QUIET);
        long head = quiet.path("head").asLong();
        Map<String, List<String>> before = ReadModelDump.of(faults.kiosk().database(), faults.kiosk().elasticsearchUrl());
        List<String> names = quiet.path("projections").findValuesAsText("name");

        for (String name : names) {
            Http.Answer started = projections.post("/api/admin/projections/" + name + "/replay", null);
            assertThat(started.status()).as(name + ": " + started.body()).isEqualTo(202);
        }
        List<String> unfinished = new ArrayList<>();
        for (String name : names) {
            if (!projections.get("/api/admin/projections/" + name).body().path("replay").has("finishedAt")) {
                unfinished.add(name);
            }
        }
        faults.querySide().kill();
        Instant killed = Instant.now();
        faults.querySide().awaitReady(FaultSuite.RESTART);
        System.out.printf("query side killed with %s of %d rebuilds unfinished; back after %d ms%n", unfinished, names.size(),
                Duration.between(killed, Instant.now()).toMillis());
        assertThat(unfinished).as("killed while rebuilds ran").isNotEmpty();

        List<String> startedAgain = new ArrayList<>();
        for (String name : names) {
            if (!finishes(projections, name, Duration.ofSeconds(30))) {
                Http.Answer again = projections.post("/api/admin/projections/" + name + "/replay", null);
                assertThat(again.status()).as(name + " started again: " + again.body()).isEqualTo(202);
                startedAgain.add(name);
                assertThat(finishes(projections, name, REBUILD)).as(name + " rebuilt").isTrue();
            }
        }
        System.out.printf("rebuilds started again by the back office after the restart: %s%n", startedAgain);
        ProjectionsAtRest.awaitCaughtUp(projections, REBUILD);
        Map<String, List<String>> after = ReadModelDump.of(faults.kiosk().database(), faults.kiosk().elasticsearchUrl());

        assertThat(projections.get("/api/admin/projections").body().path("head").asLong())
                .as("no event came in meanwhile").isEqualTo(head);
        assertThat(ReadModelDump.differences(before, after)).as("read models that differ after the rebuild").isEmpty();
    }

    private static boolean finishes(Http projections, String name, Duration within) {
        try {
            await().atMost(within).pollInterval(Duration.ofMillis(500)).until(() -> projections.get("/api/admin/projections/" + name).body(),
                    projection -> projection.path("replay").has("finishedAt") && projection.path("status").asText().equals("LIVE"));
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException notYet) {
            return false;
        }
    }

    /**
     * Customers, products and carts of the test's own, so that the rebuild has work to do (no orders: an order's
     * payment deadline would keep the log moving for a minute).
     */
    private void someTraffic() throws InterruptedException {
        for (int customer = 0; customer < 3; customer++) {
            Http commands = faults.commands(faults.people().customer("Rebuild Customer " + customer));
            String product = faults.newStockedProduct(20);
            for (int carts = 0; carts < 3; carts++) {
                String cart = commands.post("/api/carts", null).text("cartId");
                assertThat(commands.post("/api/carts/" + cart + "/items", """
                        {"productId":"%s","options":{"colour":"white"},"quantity":1}""".formatted(product)).status()).isEqualTo(201);
            }
        }
    }
}
