package io.kiosk.projections.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.kiosk.api.search.SearchFailure;
import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * What a search answers when Elasticsearch does not: a request it refuses (400: a value it cannot parse) fails the
 * query as {@link SearchFailure.Kind#REFUSED}, anything else (no connection, a timeout, an index missing or
 * overloaded, a server error) as {@link SearchFailure.Kind#UNAVAILABLE}. Either is the details of a
 * {@link QueryExecutionException}, which reach the asker on every query bus; what Elasticsearch said is logged here.
 */
public final class SearchFailures {

    private static final Logger log = LoggerFactory.getLogger(SearchFailures.class);

    private SearchFailures() {
    }

    /** A search of Elasticsearch, which may fail as searches do. */
    @FunctionalInterface
    public interface Search<T> {
        T run() throws IOException;
    }

    /** Runs {@code search} (of {@code what}: "product search"), turning Elasticsearch's failures into the query's. */
    public static <T> T answer(String what, Search<T> search) {
        try {
            return search.run();
        } catch (ElasticsearchException refused) {
            if (refused.status() == 400) {
                log.info("{}: Elasticsearch refused the request: {}", what, reasonOf(refused));
                throw failed(SearchFailure.refused(what));
            }
            log.warn("{}: Elasticsearch answered {}: {}", what, refused.status(), reasonOf(refused));
            throw failed(SearchFailure.unavailable(what));
        } catch (IOException unreachable) {
            log.warn("{}: Elasticsearch is unreachable: {}", what, unreachable.toString());
            throw failed(SearchFailure.unavailable(what));
        }
    }

    private static String reasonOf(ElasticsearchException refused) {
        var error = refused.error();
        String reason = error.type() + ": " + error.reason();
        return error.rootCause().isEmpty() ? reason : reason + " (" + error.rootCause().get(0).reason() + ")";
    }

    private static QueryExecutionException failed(SearchFailure failure) {
        return new QueryExecutionException(failure.message(), null, failure);
    }
}
