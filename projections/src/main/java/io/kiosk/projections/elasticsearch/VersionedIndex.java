package io.kiosk.projections.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.elasticsearch.client.ResponseException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One Elasticsearch index that a projection writes with external versions: each document carries a
 * version the projection derives from the event log (an aggregate's sequence number, a revision
 * counter), and Elasticsearch refuses any write or delete older than what it holds. That refusal
 * (409) is the expected answer to a replayed or redelivered event and is swallowed here; every other
 * failure propagates, so the processor retries the event instead of skipping it.
 *
 * <p>The index lives behind two aliases ({@link IndexDefinition}): documents are written to, and read back
 * for a change from, the write alias; searches read the read alias. {@link #prepare()} sets them up at
 * start-up, {@link #startRebuild()} (when a replay starts) points the write alias at a fresh index, and
 * {@link #finishRebuild()} (when the replay has caught up) points the read alias there too.
 */
public final class VersionedIndex {

    private static final int CONFLICT = 409;
    private static final int NOT_FOUND = 404;

    private final ElasticsearchClient client;
    private final IndexDefinition definition;
    private final IndexAliases aliases;
    private volatile IndexPreparation prepared = IndexPreparation.CURRENT;

    public VersionedIndex(ElasticsearchClient client, IndexDefinition definition) {
        this(client, definition, Clock.systemUTC());
    }

    VersionedIndex(ElasticsearchClient client, IndexDefinition definition, Clock clock) {
        this.client = client;
        this.definition = definition;
        this.aliases = new IndexAliases(client, definition, clock);
    }

    /** The alias searches read through. */
    public String name() {
        return definition.alias();
    }

    /**
     * Makes sure both aliases exist: creates the first index behind them when there is none, and answers
     * whether the index is current or must be rebuilt. Nothing is written before then.
     */
    public IndexPreparation prepare() {
        prepared = aliases.prepare();
        return prepared;
    }

    /** What {@link #prepare()} found last. */
    public IndexPreparation preparation() {
        return prepared;
    }

    /**
     * A replay begins: from now on writes go to a fresh, empty index, while searches still read the old one.
     * Inside a transaction (Axon resets a processor's tokens in one, and calls the {@code @ResetHandler} within
     * it) this waits until it has committed: should the reset roll back, the processor keeps writing to the index
     * it was writing to, instead of to a fresh one that no replay fills and that a later swap would put in front
     * of searches.
     */
    public void startRebuild() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    aliases.startRebuild();
                }
            });
        } else {
            aliases.startRebuild();
        }
    }

    /** The replay has caught up: searches read the index it filled, and the old one goes. Does nothing when there is nothing to finish. */
    public boolean finishRebuild() {
        boolean swapped = aliases.finishRebuild();
        if (swapped) {
            prepared = IndexPreparation.CURRENT;
        }
        return swapped;
    }

    /** Writes the document at {@code version} unless the index already holds that version or a newer one. */
    public void write(String id, Object document, long version) {
        try {
            // require_alias: should the write alias ever be missing, fail rather than let Elasticsearch make an index of that name
            client.index(i -> i.index(definition.writeAlias()).requireAlias(true).id(id)
                    .versionType(VersionType.External).version(version).document(document));
        } catch (ElasticsearchException refused) {
            requireOnly(refused.status(), CONFLICT, refused);
        } catch (ResponseException refused) {
            // the same refusal, as the low-level client reports it for external versions
            requireOnly(status(refused), CONFLICT, new UncheckedIOException(name() + " refused " + id, refused));
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; " + id + " not written to " + name(), unreachable);
        }
    }

    /** A document to write at a version. */
    public record Write(String id, Object document, long version) {
    }

    /**
     * Writes every document at its version in one bulk request; a document whose version (or a newer one) the
     * index holds already is left as it is, as by {@link #write}. Any other refusal fails the whole call.
     */
    public void writeAll(Collection<Write> writes) {
        if (writes.isEmpty()) {
            return;
        }
        List<BulkOperation> operations = writes.stream().map(write -> BulkOperation.of(b -> b.index(i -> i.id(write.id())
                .versionType(VersionType.External).version(write.version()).document(write.document())))).toList();
        BulkResponse answer;
        try {
            answer = client.bulk(b -> b.index(definition.writeAlias()).requireAlias(true).operations(operations));
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; " + writes.size() + " documents not written to "
                    + name(), unreachable);
        }
        if (answer.errors()) {
            for (BulkResponseItem item : answer.items()) {
                if (item.error() != null && item.status() != CONFLICT) {
                    throw new IllegalStateException(name() + " refused " + item.id() + ": " + item.error().reason());
                }
            }
        }
    }

    /** The document as the index being written holds it now (a real-time read), if there is one. */
    public <T> Optional<T> find(String id, Class<T> type) {
        try {
            return Optional.ofNullable(client.get(g -> g.index(definition.writeAlias()).id(id), type).source());
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; cannot read " + id + " from " + name(), unreachable);
        }
    }

    /**
     * The ids of the documents of the index being written whose keyword {@code field} is {@code value}: the index is
     * refreshed first, so that no document written before is missed. For rare sweeps (an erasure), not for searches.
     */
    public List<String> idsWhere(String field, String value) {
        try {
            client.indices().refresh(r -> r.index(definition.writeAlias()));
            return client.search(s -> s.index(definition.writeAlias()).size(10_000).source(source -> source.fetch(false))
                            .query(q -> q.term(t -> t.field(field).value(value))), Void.class)
                    .hits().hits().stream().map(Hit::id).toList();
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; cannot search " + name(), unreachable);
        }
    }

    /** Removes the document at {@code version}, unless a newer version is there or it is gone already. */
    public void remove(String id, long version) {
        try {
            client.delete(d -> d.index(definition.writeAlias()).id(id).versionType(VersionType.External).version(version));
        } catch (ElasticsearchException refused) {
            requireOnly(refused.status(), NOT_FOUND, refused);
        } catch (ResponseException refused) {
            requireOnly(status(refused), NOT_FOUND, new UncheckedIOException(name() + " refused to remove " + id, refused));
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; " + id + " not removed from " + name(), unreachable);
        }
    }

    /** A 409 (newer version there) is always expected; {@code alsoExpected} is the one other status that means "nothing to do". */
    private static void requireOnly(int status, int alsoExpected, RuntimeException otherwise) {
        if (status != CONFLICT && status != alsoExpected) {
            throw otherwise;
        }
    }

    private static int status(ResponseException refused) {
        return refused.getResponse().getStatusLine().getStatusCode();
    }
}
