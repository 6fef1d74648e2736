/**
 * Real infrastructure started by the JVM, for tests and the local "run everything" command on machines that have
 * only Java and Maven: {@link io.kiosk.infra.embedded.EmbeddedElasticsearch} (an Elasticsearch node inside this JVM)
 * and {@link io.kiosk.infra.embedded.EmbeddedPostgres} (a PostgreSQL child process); for the tests of a build on a
 * machine without a PostgreSQL, {@link io.kiosk.infra.embedded.BuildPostgresListener} starts one
 * ({@link io.kiosk.infra.embedded.BuildPostgres}) that the modules share until the build ends.
 *
 * <p>For a Spring Boot application or test that uses this package:
 * <ul>
 *   <li>Logging: Elasticsearch logs through the Log4j 2 API, which {@code log4j-to-slf4j} (in
 *       {@code spring-boot-starter-logging}) routes to Logback; zonky logs the output of {@code initdb} and
 *       PostgreSQL through SLF4J. Both are chatty at DEBUG and about 20 to 50 lines per start at INFO:
 *       {@code logging.level.org.elasticsearch=WARN} and {@code logging.level.io.zonky.test.db.postgres=WARN}
 *       keep them quiet. Do not change Elasticsearch logger levels through its {@code logger.*} cluster settings:
 *       that needs Log4j Core as the logging backend.</li>
 *   <li>Executable jar: add {@code org.elasticsearch:elasticsearch} to {@code <requiresUnpack>} of the
 *       {@code spring-boot-maven-plugin}; nested in the jar, Elasticsearch cannot read its version from its manifest.</li>
 *   <li>Class path only: the node reaches two package-private Elasticsearch APIs from classes placed in
 *       Elasticsearch's own packages ({@code org.elasticsearch.node}, {@code org.elasticsearch.plugins}), which works
 *       on the class path but not with Elasticsearch on the module path.</li>
 * </ul>
 */
package io.kiosk.infra.embedded;
