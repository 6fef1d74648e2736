package io.kiosk.command.idempotency;

import io.kiosk.command.logposition.RequestLogPosition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires idempotent requests: the buffering filter, the interceptor, and the cleanup of expired keys. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration implements WebMvcConfigurer {

    private final IdempotencyStore store;
    private final RequestLogPosition positions;
    private final PlatformTransactionManager transactions;

    IdempotencyConfiguration(IdempotencyStore store, RequestLogPosition positions, PlatformTransactionManager transactions) {
        this.store = store;
        this.positions = positions;
        this.transactions = transactions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new IdempotencyInterceptor(store, positions, transactions));
    }

    /** Last of the filters: after Spring Security, so only authenticated, authorised requests are buffered. */
    @Bean
    FilterRegistrationBean<IdempotencyBuffering> idempotencyBuffering() {
        FilterRegistrationBean<IdempotencyBuffering> registration = new FilterRegistrationBean<>(new IdempotencyBuffering());
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
