package io.kiosk.command.logposition;

import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents {@value RequestLogPosition#HEADER} on the successful answers of every operation that may change
 * something (all but reads): {@link LogPositionHeader} adds it to any answer of a request that appended events.
 */
@Configuration(proxyBeanMethods = false)
class LogPositionApiDocs {

    static final String DESCRIPTION = "The event log position of the last event this request appended (absent when it "
            + "appended none). Pass it to the query API as `?position=` to read this change.";

    @Bean
    OpenApiCustomizer logPositionHeaderDocs() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                if (method == PathItem.HttpMethod.GET || path.startsWith("/sandbox/") || operation.getResponses() == null) {
                    return;
                }
                operation.getResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        response.addHeaderObject(RequestLogPosition.HEADER, new Header().description(DESCRIPTION)
                                .schema(new IntegerSchema().format("int64").example(1042)));
                    }
                });
            }));
        };
    }
}
