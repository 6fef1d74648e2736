package io.kiosk.command.idempotency;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

import java.util.List;

/**
 * Documents the {@code Idempotency-Key} header on every {@link Idempotent} operation of the OpenAPI
 * description, so an endpoint that opts in is documented by the same annotation (the equivalent of a
 * springdoc {@code @Parameter(in = HEADER)} repeated on each method).
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyApiDocs {

    static final String DESCRIPTION = "Optional. A unique key (1–255 printable ASCII characters) chosen by the "
            + "client for this request: a retry with the same key gets the first answer again (with "
            + "`Idempotency-Replayed: true`) and does nothing twice. Kept per account for `kiosk.idempotency.retention` (24 hours by default).";

    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(Idempotent.class)) {
                operation.addParametersItem(new HeaderParameter()
                        .name(Idempotent.HEADER)
                        .required(false)
                        .description(DESCRIPTION)
                        .schema(new StringSchema().minLength(1).maxLength(IdempotencyKey.MAX_LENGTH)
                                .pattern("^[\\x20-\\x7E]+$")));
                if (operation.getResponses() == null) {
                    return operation;
                }
                operation.getResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        response.addHeaderObject(Idempotent.REPLAYED_HEADER, new Header()
                                .description("`true` when this is the first answer again, for a retry with the same key")
                                .schema(new StringSchema()._enum(List.of("true"))));
                    }
                });
                ApiResponse inUse = operation.getResponses().computeIfAbsent("409", status -> new ApiResponse().description("The request does not fit the current state"));
                inUse.description(inUse.getDescription() + "; `idempotency-key-in-use`: the key's first request is still running "
                        + "(retry after `Retry-After` seconds)");
                inUse.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
                        .description("with `idempotency-key-in-use`: seconds to wait before retrying").schema(new IntegerSchema()));
                ApiResponse reused = operation.getResponses().computeIfAbsent("422", status -> new ApiResponse().description("The rules never allow the request"));
                reused.description(reused.getDescription() + "; `idempotency-key-reused`: the key was used for a different request");
            }
            return operation;
        };
    }
}
