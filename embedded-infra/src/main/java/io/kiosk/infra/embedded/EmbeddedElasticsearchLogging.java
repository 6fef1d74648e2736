package io.kiosk.infra.embedded;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.logging.internal.spi.LoggerFactory;

/**
 * Connects Elasticsearch's own logging facade to the Log4j 2 API.
 *
 * <p>Why: parts of the server log through {@code org.elasticsearch.logging.LogManager}, whose factory is installed
 * by the Elasticsearch launcher ({@code LogConfigurator}) and is {@code null} otherwise, so creating a node
 * without it fails with a {@code NullPointerException} in a static initializer. We install only that factory
 * ({@link LogConfigurator#configureESLogging()}), not Elasticsearch's Log4j configuration: log events then go
 * wherever the Log4j API is bound in this JVM, which in a Spring Boot application is SLF4J/Logback through
 * {@code log4j-to-slf4j}.
 */
final class EmbeddedElasticsearchLogging {

    private EmbeddedElasticsearchLogging() {
    }

    /** Installs the factory unless one is installed already (e.g. by Elasticsearch's test framework). */
    static synchronized void configure() {
        if (LoggerFactory.provider() == null) {
            LogConfigurator.configureESLogging();
        }
    }
}
