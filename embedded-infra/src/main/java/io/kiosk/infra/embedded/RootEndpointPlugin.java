package io.kiosk.infra.embedded;

import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.ClusterName;
import org.elasticsearch.cluster.metadata.IndexNameExpressionResolver;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.io.stream.NamedWriteableRegistry;
import org.elasticsearch.common.settings.ClusterSettings;
import org.elasticsearch.common.settings.IndexScopedSettings;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.settings.SettingsFilter;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestController;
import org.elasticsearch.rest.RestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Serves {@code GET /} and {@code HEAD /}: the node's name, cluster name and UUID, and version.
 *
 * <p>Why: in the distribution this endpoint comes from the {@code rest-root} module, which is not published to
 * Maven Central. Without it {@code GET /} answers 405, so {@code ElasticsearchClient.info()}, {@code curl} checks
 * and tools that read the server version on connect would fail. The response has the fields of the real one.
 * Public only because Elasticsearch instantiates plugins by reflection.
 */
public final class RootEndpointPlugin extends Plugin implements ActionPlugin {

    private final AtomicReference<ClusterService> clusterService = new AtomicReference<>();

    @Override
    public Collection<?> createComponents(PluginServices services) {
        clusterService.set(services.clusterService());
        return List.of();
    }

    @Override
    public Collection<RestHandler> getRestHandlers(
        Settings settings,
        NamedWriteableRegistry namedWriteableRegistry,
        RestController restController,
        ClusterSettings clusterSettings,
        IndexScopedSettings indexScopedSettings,
        SettingsFilter settingsFilter,
        IndexNameExpressionResolver indexNameExpressionResolver,
        Supplier<DiscoveryNodes> nodesInCluster,
        Predicate<NodeFeature> clusterSupportsFeature
    ) {
        return List.of(new RootHandler(settings, clusterService::get));
    }

    private static final class RootHandler extends BaseRestHandler {
        private final String nodeName;
        private final String clusterName;
        private final Supplier<ClusterService> clusterService;

        RootHandler(Settings settings, Supplier<ClusterService> clusterService) {
            this.nodeName = Node.NODE_NAME_SETTING.get(settings);
            this.clusterName = ClusterName.CLUSTER_NAME_SETTING.get(settings).value();
            this.clusterService = clusterService;
        }

        @Override
        public String getName() {
            return "kiosk_embedded_root_action";
        }

        @Override
        public List<Route> routes() {
            return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
        }

        @Override
        protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
            String clusterUuid = clusterService.get().state().metadata().clusterUUID();
            return channel -> {
                XContentBuilder body = channel.newBuilder();
                writeInfo(body, clusterUuid);
                channel.sendResponse(new RestResponse(RestStatus.OK, body));
            };
        }

        private void writeInfo(XContentBuilder body, String clusterUuid) throws java.io.IOException {
            Build build = Build.current();
            body.startObject()
                .field("name", nodeName)
                .field("cluster_name", clusterName)
                .field("cluster_uuid", clusterUuid)
                .startObject("version")
                .field("number", build.qualifiedVersion())
                .field("build_flavor", build.flavor())
                .field("build_type", build.type().displayName())
                .field("build_hash", build.hash())
                .field("build_date", build.date())
                .field("build_snapshot", build.isSnapshot())
                .field("lucene_version", IndexVersion.current().luceneVersion().toString())
                .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
                .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
                .endObject()
                .field("tagline", "You Know, for Search")
                .endObject();
        }
    }
}
