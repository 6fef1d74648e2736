package io.kiosk.infra.embedded;

import org.elasticsearch.action.ActionRequest;
import org.elasticsearch.action.ActionResponse;
import org.elasticsearch.index.reindex.DeleteByQueryAction;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.Plugin;

import java.util.Collection;
import java.util.List;

/**
 * Provides the delete-by-query action of the distribution's {@code reindex} module, for the server's own callers
 * only (no REST endpoint): the synonyms API ({@code PUT _synonyms/<set>}) replaces a set's rules by deleting them by
 * query first, and fails without it. {@link DeleteByQueryOnOneNode} does it the plain way.
 *
 * <p>Why: the {@code reindex} module is not published to Maven Central, and search-time synonyms that staff edit go
 * through the synonyms API on the real server and on this node alike. Public only because Elasticsearch instantiates
 * plugins by reflection.
 */
public final class DeleteByQueryPlugin extends Plugin implements ActionPlugin {

    @Override
    public Collection<ActionHandler<? extends ActionRequest, ? extends ActionResponse>> getActions() {
        return List.of(new ActionHandler<>(DeleteByQueryAction.INSTANCE, DeleteByQueryOnOneNode.class));
    }
}
