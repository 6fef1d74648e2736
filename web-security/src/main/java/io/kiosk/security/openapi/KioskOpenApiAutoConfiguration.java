package io.kiosk.security.openapi;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import jakarta.servlet.ServletContext;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.SecurityFilterChain;

import java.util.List;

/**
 * What both applications' OpenAPI descriptions share: schema names that never collide, values described as they
 * are on the wire, and {@link ApiContract}'s pass over every operation. springdoc puts the model converters of
 * the context in front of swagger's own, the first one furthest back: the {@link ModelResolver} below takes the
 * place of swagger's default one (springdoc swaps converters of the same class), with {@link WireSchemas} just
 * in front of it.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class KioskOpenApiAutoConfiguration {

    private final NestedTypeNames names = new NestedTypeNames();

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ModelResolver kioskModelResolver() {
        // an enum is a schema of its own (OrderStatus, PaymentProvider...), so that a generated client has one type for it
        ModelResolver.enumsAsRef = true;
        return new ModelResolver(Json.mapper(), names);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    WireSchemas kioskWireSchemas() {
        return new WireSchemas(names);
    }

    @Bean
    OpenApiCustomizer kioskApiContract(List<SecurityFilterChain> chains, ServletContext servletContext, WireSchemas wire) {
        return new ApiContract(new AccessProbe(chains, servletContext), wire);
    }
}
