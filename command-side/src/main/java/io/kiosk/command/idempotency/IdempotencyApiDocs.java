package io.kiosk.command.idempotency;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents the {@code Idempotency-Key} header on every {@link Idempotent} operation of the OpenAPI
 * description, so an endpoint that opts in is documented by the same annotation (the equivalent of a
 * springdoc {@code @Parameter(in = HEADER)} repeated on each method).
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyApiDocs {

    static final String DESCRIPTION = "Optional. A unique key (1–255 printable ASCII characters) chosen by the "
            + "client for this request: a retry with the same key gets the first answer again (with "
            + "`Idempotency-Replayed: true`) and does nothing twice. Kept per account for `kiosk.idempotency.retention` (24 hours by default). "
            + "A retry while the first request runs waits for its answer (`kiosk.idempotency.in-progress-wait`, 2 s), "
            + "then answers 409 `/problems/idempotency-key-in-use` (see `Retry-After`); "
            + "422 `/problems/idempotency-key-reused` for a key used with a different request.";

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
                operation.getResponses().putIfAbsent("409", new ApiResponse()
                        .description("Conflict: among others, the Idempotency-Key is in use by a request still running"));
                operation.getResponses().putIfAbsent("422", new ApiResponse()
                        .description("Unprocessable: among others, the Idempotency-Key was used for a different request"));
            }
            return operation;
        };
    }
}
