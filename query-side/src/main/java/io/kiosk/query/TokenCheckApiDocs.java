package io.kiosk.query;

import io.kiosk.security.openapi.ApiContract;
import io.kiosk.security.openapi.ProblemDocs;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;

/**
 * Documents the answer of {@link BearerTokenFailures} when a token cannot be checked at all (the command side's
 * keys never reachable): 503 {@code token-check-unavailable} with {@code Retry-After}, on every operation that
 * needs a token. It runs after {@link ApiContract}, which says which those are.
 */
@Configuration(proxyBeanMethods = false)
class TokenCheckApiDocs {

    private static final String DESCRIPTION = "`token-check-unavailable`: the access token cannot be checked right now "
            + "(the command side's keys are out of reach); retry after `Retry-After` seconds";

    @Bean
    @Order(ApiContract.ORDER + 1)
    OpenApiCustomizer tokenCheckUnavailable() {
        return api -> api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
                return;
            }
            ApiResponse unavailable = operation.getResponses().get("503");
            if (unavailable == null) {
                operation.getResponses().addApiResponse("503", ProblemDocs.answer("503", DESCRIPTION));
            } else {
                unavailable.setDescription(unavailable.getDescription() + "; or " + DESCRIPTION);
            }
            operation.getResponses().get("503").addHeaderObject(HttpHeaders.RETRY_AFTER,
                    new Header().description("seconds to wait before asking again").schema(new IntegerSchema()));
        }));
    }
}
