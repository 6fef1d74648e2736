package io.kiosk.command.idempotency;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires idempotent requests: the buffering filter, the interceptor, and the cleanup of expired keys. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration implements WebMvcConfigurer {

    private final IdempotencyStore store;

    IdempotencyConfiguration(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new IdempotencyInterceptor(store));
    }

    /** Last of the filters: after Spring Security, so only authenticated, authorised requests are buffered. */
    @Bean
    FilterRegistrationBean<IdempotencyBuffering> idempotencyBuffering() {
        FilterRegistrationBean<IdempotencyBuffering> registration = new FilterRegistrationBean<>(new IdempotencyBuffering());
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
