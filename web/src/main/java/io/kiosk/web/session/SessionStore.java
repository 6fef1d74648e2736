package io.kiosk.web.session;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL (Spring Session JDBC, {@code spring.session.jdbc} in application.yml). Every request works on
 * its own copy of its session, and two requests of one session may both add the same attribute (a double click: both
 * leave a flash map for the page they redirect to): each attribute is written as an upsert, the later copy winning,
 * instead of the second insert failing on the first's row.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer attributesWrittenAsUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
