package io.kiosk.infra.embedded;

import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.bulk.BulkItemResponse;
import org.elasticsearch.action.bulk.BulkRequest;
import org.elasticsearch.action.delete.DeleteRequest;
import org.elasticsearch.action.search.SearchRequest;
import org.elasticsearch.action.search.SearchResponse;
import org.elasticsearch.action.support.ActionFilters;
import org.elasticsearch.action.support.HandledTransportAction;
import org.elasticsearch.action.support.WriteRequest;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.common.util.concurrent.EsExecutors;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.index.reindex.BulkByScrollResponse;
import org.elasticsearch.index.reindex.BulkByScrollTask;
import org.elasticsearch.index.reindex.DeleteByQueryAction;
import org.elasticsearch.index.reindex.DeleteByQueryRequest;
import org.elasticsearch.injection.guice.Inject;
import org.elasticsearch.search.SearchHit;
import org.elasticsearch.tasks.Task;
import org.elasticsearch.transport.TransportService;

import java.util.List;

/**
 * Deletes what one search finds, in one bulk request: up to {@value #MOST} documents, no slices, no throttling, no
 * retries. Enough for the server's own small deletions (the rules of one synonyms set: at most 10,000 by the
 * synonyms API's own limit), which is all this node uses it for. Public only because Elasticsearch
 * instantiates actions by reflection.
 */
public final class DeleteByQueryOnOneNode extends HandledTransportAction<DeleteByQueryRequest, BulkByScrollResponse> {

    private static final int MOST = 10_000;
    private final NodeClient client;

    @Inject
    public DeleteByQueryOnOneNode(TransportService transportService, ActionFilters actionFilters, NodeClient client) {
        super(DeleteByQueryAction.NAME, transportService, actionFilters, DeleteByQueryRequest::new,
            EsExecutors.DIRECT_EXECUTOR_SERVICE);
        this.client = client;
    }

    @Override
    protected void doExecute(Task task, DeleteByQueryRequest request, ActionListener<BulkByScrollResponse> listener) {
        long began = System.nanoTime();
        SearchRequest search = request.getSearchRequest();
        search.source().size(MOST).fetchSource(false);
        client.search(search, listener.delegateFailureAndWrap((afterSearch, found) ->
            deleteAll(found, request.isRefresh(), began, afterSearch)));
    }

    private void deleteAll(SearchResponse found, boolean refresh, long began, ActionListener<BulkByScrollResponse> listener) {
        SearchHit[] hits = found.getHits().getHits();
        if (hits.length == 0) {
            listener.onResponse(answer(began, 0, List.of()));
            return;
        }
        BulkRequest bulk = new BulkRequest();
        for (SearchHit hit : hits) {
            bulk.add(new DeleteRequest(hit.getIndex(), hit.getId()));
        }
        bulk.setRefreshPolicy(refresh ? WriteRequest.RefreshPolicy.IMMEDIATE : WriteRequest.RefreshPolicy.NONE);
        client.bulk(bulk, listener.delegateFailureAndWrap((afterBulk, done) -> {
            List<BulkItemResponse.Failure> failures = java.util.Arrays.stream(done.getItems())
                .filter(BulkItemResponse::isFailed).map(BulkItemResponse::getFailure).toList();
            afterBulk.onResponse(answer(began, hits.length - failures.size(), failures));
        }));
    }

    private static BulkByScrollResponse answer(long began, long deleted, List<BulkItemResponse.Failure> failures) {
        BulkByScrollTask.Status status = new BulkByScrollTask.Status(null, deleted + failures.size(), 0, 0, deleted, 1, 0, 0,
            0, 0, TimeValue.ZERO, Float.POSITIVE_INFINITY, null, TimeValue.ZERO);
        return new BulkByScrollResponse(TimeValue.timeValueNanos(System.nanoTime() - began), status, failures, List.of(), false);
    }
}
