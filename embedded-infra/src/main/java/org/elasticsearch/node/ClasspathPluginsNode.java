package org.elasticsearch.node;

import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An Elasticsearch {@link Node} whose plugins are classes on the application class path.
 *
 * <p>Why it lives in {@code org.elasticsearch.node}: the only way to choose the {@link PluginsService} of a node is
 * the package-private {@link NodeServiceProvider}, passed to the package-private
 * {@code NodeConstruction.prepareConstruction(...)} and the package-private {@code Node(NodeConstruction)}
 * constructor. Elasticsearch's test framework ({@code MockNode}) reaches them the same way.
 */
public final class ClasspathPluginsNode extends Node {

    /**
     * Builds (but does not start) a node.
     *
     * @param environment   settings and paths of the node, e.g. from {@link InternalSettingsPreparer#prepareEnvironment}
     * @param pluginClasses plugins to load from the class path, e.g. {@code Netty4Plugin} for HTTP
     */
    public ClasspathPluginsNode(Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        super(
            NodeConstruction.prepareConstruction(
                environment,
                // no module or plugin bundles: nothing is read from $ES_HOME/modules or $ES_HOME/plugins
                PluginsLoader.createPluginsLoader(Set.of(), Set.of(), Map.of(), false),
                new ClasspathServiceProvider(List.copyOf(pluginClasses)),
                true
            )
        );
    }

    /**
     * Does nothing: the default registers a listener that sets the node and cluster id once per JVM
     * (a {@code SetOnce}), which would fail for the second node started in the same JVM, e.g. by a second test class.
     */
    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
    }

    /** Hands the node a {@link ClasspathPluginsService} instead of one that scans plugin directories. */
    private static final class ClasspathServiceProvider extends NodeServiceProvider {
        private final List<Class<? extends Plugin>> pluginClasses;

        ClasspathServiceProvider(List<Class<? extends Plugin>> pluginClasses) {
            this.pluginClasses = pluginClasses;
        }

        @Override
        PluginsService newPluginService(Environment environment, PluginsLoader pluginsLoader) {
            return new ClasspathPluginsService(environment, pluginClasses);
        }
    }
}
