package io.kiosk.projections.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.beans.factory.InitializingBean;

/**
 * What every search index of a read model does about its aliases, whatever its documents: prepares them when
 * the application starts, says whether its processing group must replay before it runs, and puts the index a
 * replay filled in front of searches once the replay has caught up. Subclasses write through {@link #index()}
 * and start a rebuild from their processing group's {@code @ResetHandler}.
 */
public abstract class AliasedSearchIndex implements InitializingBean, RebuiltByReplay {

    private final VersionedIndex index;
    private final String processingGroup;

    protected AliasedSearchIndex(ElasticsearchClient client, IndexDefinition definition, String processingGroup) {
        this.index = new VersionedIndex(client, definition);
        this.processingGroup = processingGroup;
    }

    protected final VersionedIndex index() {
        return index;
    }

    /** Sets up the aliases, creating the first index if there is none, and notes whether the index must be rebuilt. */
    @Override
    public final void afterPropertiesSet() {
        index.prepare();
    }

    @Override
    public final IndexPreparation preparation() {
        return index.preparation();
    }

    @Override
    public final IndexPreparation prepareAgain() {
        return index.prepare();
    }

    @Override
    public final String processingGroup() {
        return processingGroup;
    }

    /** The replay has caught up: searches read the rebuilt index from now on. */
    @Override
    public final void caughtUp() {
        index.finishRebuild();
    }
}
