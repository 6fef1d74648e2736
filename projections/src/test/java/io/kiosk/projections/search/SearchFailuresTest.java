package io.kiosk.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.kiosk.api.order.SearchOrders;
import io.kiosk.api.search.SearchFailure;
import io.kiosk.projections.elasticsearch.SearchFailures;
import org.apache.http.HttpHost;
import org.axonframework.queryhandling.QueryExecutionException;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a search fails when Elasticsearch does not answer it, against a real node: a request it refuses is the
 * asker's to change, anything else (nothing listening, no such index) is for later; the query's details say which.
 */
class SearchFailuresTest {

    private static SearchNode search;

    @BeforeAll
    static void startElasticsearch() {
        search = new SearchNode();
        new OrderSearchIndex(search.client).afterPropertiesSet();
    }

    @AfterAll
    static void stopElasticsearch() throws IOException {
        search.close();
    }

    private static SearchFailure failureOf(Runnable search) {
        try {
            search.run();
        } catch (QueryExecutionException failed) {
            return (SearchFailure) failed.getDetails().orElseThrow();
        }
        throw new AssertionError("the search did not fail");
    }

    @Test
    void a_request_elasticsearch_cannot_run_is_refused_as_asked() {
        // what an int overflow in paging once sent: a negative start
        SearchFailure failure = failureOf(() -> SearchFailures.answer("order search", () -> search.client.search(s -> s
                .index(OrderSearchIndex.INDEX).from(-20).size(20), OrderDocument.class)));

        assertThat(failure.kind()).isEqualTo(SearchFailure.Kind.REFUSED);
        assertThat(failure.message()).isEqualTo("the order search cannot be run as asked; check its parameters");
    }

    @Test
    void a_missing_index_or_a_node_that_does_not_answer_is_unavailable_for_now() throws IOException {
        assertThat(failureOf(() -> SearchFailures.answer("order search", () -> search.client.search(s -> s
                .index("kiosk-no-such-index"), OrderDocument.class))).kind()).isEqualTo(SearchFailure.Kind.UNAVAILABLE);

        int nobody;
        try (ServerSocket free = new ServerSocket(0)) {
            nobody = free.getLocalPort();
        }
        try (RestClient rest = RestClient.builder(new HttpHost("localhost", nobody)).build()) {
            OrderSearch orders = new OrderSearch(new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper())));
            SearchOrders anything = new SearchOrders(null, Set.of(), null, null, null, null, null, null, null, 20, null);

            assertThatThrownBy(() -> orders.answer(anything)).isInstanceOfSatisfying(QueryExecutionException.class, failed -> {
                assertThat(failed.getDetails()).contains(SearchFailure.unavailable("order search"));
                assertThat(failed.getMessage()).isEqualTo("the order search is not available right now; ask again in a moment");
            });
        }
    }
}
