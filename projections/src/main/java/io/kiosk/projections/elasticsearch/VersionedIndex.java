package io.kiosk.projections.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import org.elasticsearch.client.ResponseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * One Elasticsearch index that a projection writes with external versions: each document carries a
 * version the projection derives from the event log (an aggregate's sequence number, a revision
 * counter), and Elasticsearch refuses any write or delete older than what it holds. That refusal
 * (409) is the expected answer to a replayed or redelivered event and is swallowed here; every other
 * failure propagates, so the processor retries the event instead of skipping it.
 */
public final class VersionedIndex {

    private static final int CONFLICT = 409;
    private static final int NOT_FOUND = 404;

    private final ElasticsearchClient client;
    private final String name;

    public VersionedIndex(ElasticsearchClient client, String name) {
        this.client = client;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Creates the index with one shard, no replica and {@code mapping}, unless it exists (also when another instance just made it). */
    public void createUnlessExists(TypeMapping mapping) {
        try {
            if (client.indices().exists(e -> e.index(name)).value()) {
                return;
            }
            client.indices().create(c -> c.index(name)
                    .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                    .mappings(mapping));
        } catch (ElasticsearchException alreadyCreated) {
            if (!"resource_already_exists_exception".equals(alreadyCreated.error().type())) {
                throw alreadyCreated;
            }
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; cannot prepare index " + name, unreachable);
        }
    }

    /** Writes the document at {@code version} unless the index already holds that version or a newer one. */
    public void write(String id, Object document, long version) {
        try {
            client.index(i -> i.index(name).id(id).versionType(VersionType.External).version(version).document(document));
        } catch (ElasticsearchException refused) {
            requireOnly(refused.status(), CONFLICT, refused);
        } catch (ResponseException refused) {
            // the same refusal, as the low-level client reports it for external versions
            requireOnly(status(refused), CONFLICT, new UncheckedIOException(name + " refused " + id, refused));
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; " + id + " not written to " + name, unreachable);
        }
    }

    /** The document as the index holds it now (a real-time read), if there is one. */
    public <T> Optional<T> find(String id, Class<T> type) {
        try {
            return Optional.ofNullable(client.get(g -> g.index(name).id(id), type).source());
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; cannot read " + id + " from " + name, unreachable);
        }
    }

    /** Removes the document at {@code version}, unless a newer version is there or it is gone already. */
    public void remove(String id, long version) {
        try {
            client.delete(d -> d.index(name).id(id).versionType(VersionType.External).version(version));
        } catch (ElasticsearchException refused) {
            requireOnly(refused.status(), NOT_FOUND, refused);
        } catch (ResponseException refused) {
            requireOnly(status(refused), NOT_FOUND, new UncheckedIOException(name + " refused to remove " + id, refused));
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; " + id + " not removed from " + name, unreachable);
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
