package io.kiosk.infra.embedded;

import org.elasticsearch.common.settings.Settings;

import java.nio.file.Path;

/**
 * The settings of the embedded node: a small single-node cluster bound to loopback only.
 *
 * <p>Only settings that the server itself registers may be used: there is no X-Pack on the class path, so e.g.
 * {@code xpack.security.enabled} would be rejected as an unknown setting (and security is absent anyway).
 */
final class EmbeddedElasticsearchSettings {

    static final String NODE_NAME = "kiosk-embedded";

    private EmbeddedElasticsearchSettings() {
    }

    static Settings forNode(Path home, Path data) {
        return Settings.builder()
            .put("cluster.name", NODE_NAME)
            .put("node.name", NODE_NAME)
            .put("path.home", home.toString())
            .put("path.data", data.toString())
            // One node that elects itself; no discovery of other nodes and no production bootstrap checks.
            .put("discovery.type", "single-node")
            // Port 0: the operating system picks free ports while binding, so there is no race between finding a
            // free port and using it. The HTTP port is read back from the bound transport.
            .put("network.host", "127.0.0.1")
            .put("http.port", "0")
            .put("transport.port", "0")
            // The disk-based allocator refuses to allocate shards (and blocks writes) above 85/90/95 % disk use;
            // developer laptops and CI machines are often that full.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            // The "real memory" circuit breaker measures the heap of the whole JVM, which is shared with the
            // application and its tests; it would reject requests because of memory that is not Elasticsearch's.
            .put("indices.breaker.total.use_real_memory", false)
            // Thread pools are sized from this; the node shares the machine with the application.
            .put("node.processors", Math.min(2, Runtime.getRuntime().availableProcessors()))
            .build();
    }
}
