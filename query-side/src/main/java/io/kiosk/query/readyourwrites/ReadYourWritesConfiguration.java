package io.kiosk.query.readyourwrites;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires {@link ReadYourWrites} in front of every endpoint and documents its parameter on every {@link ReadsFrom} one. */
@Configuration(proxyBeanMethods = false)
class ReadYourWritesConfiguration implements WebMvcConfigurer {

    static final String DESCRIPTION = "Optional. The `Kiosk-Position` a command answered: the answer then comes from a "
            + "read model that has handled the event log at least that far, so it shows that command's change. The request "
            + "waits for it up to `kiosk.read-your-writes.max-wait` (2 s by default), then answers 503 "
            + "`/problems/read-model-behind` with `Retry-After`.";

    private final ReadYourWrites readYourWrites;

    ReadYourWritesConfiguration(ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(readYourWrites);
    }

    @Bean
    OperationCustomizer positionParameter() {
        return (operation, handler) -> {
            ReadsFrom readsFrom = handler.getMethodAnnotation(ReadsFrom.class);
            if (readsFrom != null) {
                operation.addParametersItem(new QueryParameter()
                        .name(ReadYourWrites.PARAMETER)
                        .required(false)
                        .description(DESCRIPTION + " Read models: " + String.join(", ", readsFrom.value()) + ".")
                        .schema(new IntegerSchema().format("int64").minimum(java.math.BigDecimal.ZERO)));
                if (operation.getResponses() != null) {
                    operation.getResponses().putIfAbsent("503", new ApiResponse()
                            .description("`read-model-behind`: the read model has not handled the log up to `position` within "
                                    + "the wait; retry after `Retry-After` seconds")
                            .addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
                                    .description("seconds to wait before asking again").schema(new IntegerSchema())));
                }
            }
            return operation;
        };
    }
}
