package io.kiosk.projections.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.IndexState;
import co.elastic.clients.elasticsearch.indices.get.Feature;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The physical indexes behind a search index's two aliases. Reads go through the read alias, writes through
 * the write alias; normally both point at one index. A rebuild creates a fresh index and points only the write
 * alias at it, so that searches keep answering from the old one while the replay fills the new one; once the
 * replay has caught up, one atomic alias update points the read alias at the new index too, and the old one is
 * deleted. Meant for one instance at a time: several instances preparing or rebuilding together could each
 * create an index.
 */
final class IndexAliases {

    private static final Logger log = LoggerFactory.getLogger(IndexAliases.class);
    private static final int NOT_FOUND = 404;

    private final ElasticsearchClient client;
    private final IndexDefinition definition;
    private final Clock clock;

    IndexAliases(ElasticsearchClient client, IndexDefinition definition, Clock clock) {
        this.client = client;
        this.definition = definition;
        this.clock = clock;
    }

    /** Which physical index each alias points at now ({@code null}: none), and whether the read alias's name is a concrete index. */
    record Layout(String readIndex, boolean readIsConcrete, String writeIndex) {
    }

    IndexPreparation prepare() {
        Layout now = layout();
        if (now.readIndex() == null && now.writeIndex() == null) {
            String first = createIndex();
            updateAliases(List.of(add(definition.alias(), first), add(definition.writeAlias(), first)));
            log.info("created search index {} behind {} and {}", first, definition.alias(), definition.writeAlias());
            return IndexPreparation.CREATED;
        }
        if (now.readIndex() == null) {
            updateAliases(List.of(add(definition.alias(), now.writeIndex())));
            now = new Layout(now.writeIndex(), false, now.writeIndex());
        }
        boolean readCurrent = !now.readIsConcrete() && definition.isCurrent(now.readIndex());
        if (!readCurrent && now.writeIndex() != null && !now.writeIndex().equals(now.readIndex())
                && definition.isCurrent(now.writeIndex())) {
            log.info("search index {} is being rebuilt into {} (mapping version {}); searches read {} until it has caught up",
                    definition.alias(), now.writeIndex(), definition.mappingVersion(), now.readIndex());
            return IndexPreparation.REBUILDING;
        }
        if (!readCurrent || now.writeIndex() != null && !definition.isCurrent(now.writeIndex())) {
            log.warn("search index {} is {}, not of mapping version {}: it must be rebuilt", definition.alias(),
                    now.readIsConcrete() ? "a concrete index of an older deployment" : now.readIndex(), definition.mappingVersion());
            return IndexPreparation.OUTDATED;
        }
        if (now.writeIndex() == null) {
            updateAliases(List.of(add(definition.writeAlias(), now.readIndex())));
        }
        return IndexPreparation.CURRENT;
    }

    /**
     * Points the write alias at a fresh, empty index; the read alias stays where it is. The index an unfinished
     * earlier rebuild was filling (written to, never read from) is deleted.
     */
    void startRebuild() {
        Layout before = layout();
        String fresh = createIndex();
        List<Action> actions = new ArrayList<>();
        if (before.writeIndex() != null) {
            actions.add(remove(definition.writeAlias(), before.writeIndex()));
        }
        actions.add(add(definition.writeAlias(), fresh));
        if (before.readIndex() == null) {
            actions.add(add(definition.alias(), fresh));
        }
        updateAliases(actions);
        if (before.writeIndex() != null && !before.writeIndex().equals(before.readIndex())) {
            delete(before.writeIndex());
        }
        log.info("rebuilding search index {} into {}; searches answer from {} until the replay has caught up",
                definition.alias(), fresh, before.readIndex());
    }

    /**
     * Points the read alias at the index the write alias points at, if it does not already, in one atomic
     * alias update (which also removes a concrete index holding the alias's name), then deletes the old index.
     * Answers whether it swapped.
     */
    boolean finishRebuild() {
        Layout now = layout();
        if (now.writeIndex() == null || now.writeIndex().equals(now.readIndex())) {
            return false;
        }
        refresh(now.writeIndex()); // searches must find everything the replay wrote from their first look
        List<Action> actions = new ArrayList<>();
        if (now.readIsConcrete()) {
            actions.add(Action.of(a -> a.removeIndex(r -> r.index(now.readIndex()))));
        } else if (now.readIndex() != null) {
            actions.add(remove(definition.alias(), now.readIndex()));
        }
        actions.add(add(definition.alias(), now.writeIndex()));
        updateAliases(actions);
        if (now.readIndex() != null && !now.readIsConcrete()) {
            delete(now.readIndex());
        }
        log.info("search index {} now answers from {} (was {})", definition.alias(), now.writeIndex(), now.readIndex());
        return true;
    }

    private void refresh(String index) {
        try {
            client.indices().refresh(r -> r.index(index));
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; cannot refresh " + index, unreachable);
        }
    }

    Layout layout() {
        try {
            Map<String, IndexState> indexes = client.indices().get(g -> g.index(definition.alias() + "*")
                    .features(Feature.Aliases).allowNoIndices(true).ignoreUnavailable(true)).result();
            String read = null;
            String write = null;
            boolean concrete = false;
            for (Map.Entry<String, IndexState> index : indexes.entrySet()) {
                Map<String, ?> aliases = index.getValue().aliases();
                if (index.getKey().equals(definition.alias())) {
                    read = index.getKey();
                    concrete = true;
                } else if (aliases.containsKey(definition.alias())) {
                    read = index.getKey();
                }
                if (aliases.containsKey(definition.writeAlias())) {
                    write = index.getKey();
                }
            }
            return new Layout(read, concrete, write);
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; cannot look up " + definition.alias(), unreachable);
        }
    }

    /** A new physical index of the current mapping, named for this moment (a millisecond later should that name be taken). */
    private String createIndex() {
        for (int attempt = 0; ; attempt++) {
            String name = definition.physicalName(clock.instant().plus(Duration.ofMillis(attempt)));
            try {
                client.indices().create(c -> c.index(name)
                        .settings(s -> {
                            s.numberOfShards("1").numberOfReplicas("0");
                            return definition.analysis() == null ? s : s.analysis(definition.analysis());
                        })
                        .mappings(definition.mapping()));
                if (definition.analysis() != null) {
                    // search analyzers whose resources (a synonyms set) change read them now, whatever the server
                    // did when it created the index (see SynonymGraphFilterFactory of the embedded node)
                    client.indices().reloadSearchAnalyzers(r -> r.index(name));
                }
                return name;
            } catch (ElasticsearchException refused) {
                if (!"resource_already_exists_exception".equals(refused.error().type()) || attempt == 10) {
                    throw refused;
                }
            } catch (IOException unreachable) {
                throw new UncheckedIOException("Elasticsearch is unreachable; cannot create " + name, unreachable);
            }
        }
    }

    private void updateAliases(List<Action> actions) {
        try {
            client.indices().updateAliases(u -> u.actions(actions));
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; cannot move the aliases of " + definition.alias(), unreachable);
        }
    }

    private void delete(String index) {
        try {
            client.indices().delete(d -> d.index(index));
        } catch (ElasticsearchException refused) {
            if (refused.status() != NOT_FOUND) {
                throw refused;
            }
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; cannot delete " + index, unreachable);
        }
    }

    private static Action add(String alias, String index) {
        return Action.of(a -> a.add(add -> add.index(index).alias(alias)));
    }

    private static Action remove(String alias, String index) {
        return Action.of(a -> a.remove(remove -> remove.index(index).alias(alias)));
    }
}
