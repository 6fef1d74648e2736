package io.kiosk.query.analytics;

import io.kiosk.api.analytics.CategorySales;
import io.kiosk.api.analytics.DailySales;
import io.kiosk.api.analytics.FunnelDay;
import io.kiosk.api.analytics.HeatMapCell;
import io.kiosk.api.analytics.PaymentMethodShare;
import io.kiosk.api.analytics.ProductRefundRate;
import io.kiosk.api.analytics.ProductSales;
import io.kiosk.api.analytics.ReasonRefundRate;
import io.kiosk.api.analytics.TopProduct;
import io.kiosk.security.openapi.ApiContract;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Describes the analytics reports as they are answered: JSON tables of one row type, or the same rows as CSV
 * ({@code Accept: text/csv}, with the row's components as header). Where {@code by} chooses the row type
 * (sales, refund rates), the JSON row is described as one object with every member of the possible rows, only
 * those that every row has being required, so that a generated client reads each grouping with one type.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsApiDocs {

    private static final String CSV = "text/csv";
    private static final String JSON = "application/json";

    @Bean
    @Order(ApiContract.ORDER - 1)
    OpenApiCustomizer analyticsReports() {
        return api -> {
            Components components = api.getComponents();
            report(api, components, "/api/analytics/sales", "SalesReport", "SalesRow",
                    "day (`by=day`), category (`by=category`) or product (`by=product`) with its names; the other members "
                            + "in every grouping (`ordersPlaced` and `ordersPaid` by day, `units` and `orders` otherwise)",
                    DailySales.class, CategorySales.class, ProductSales.class);
            report(api, components, "/api/analytics/refunds", "RefundRateReport", "RefundRateRow",
                    "product (`by=product`) with its names, or reason (`by=reason`) with its `refunds`",
                    ProductRefundRate.class, ReasonRefundRate.class);
            csv(api, "/api/analytics/funnel", FunnelDay.class);
            csv(api, "/api/analytics/heatmap", HeatMapCell.class);
            csv(api, "/api/analytics/payment-methods", PaymentMethodShare.class);
            csv(api, "/api/analytics/top-products", TopProduct.class);
            // the Table<?> of sales and refund rates, described above instead
            components.getSchemas().remove("TableObject");
        };
    }

    @SafeVarargs
    private static void report(OpenAPI api, Components components, String path, String reportName, String rowName,
                               String rowDescription, Class<? extends Record>... rows) {
        Schema<?> row = new ObjectSchema().description("One row: its " + rowDescription + ".");
        List<String> required = null;
        for (Class<? extends Record> type : rows) {
            Map<String, Schema> resolved = ModelConverters.getInstance(false).readAll(new AnnotatedType(type));
            Schema<?> schema = resolved.get(type.getSimpleName());
            resolved.forEach((name, each) -> {
                if (!name.equals(type.getSimpleName())) {
                    components.addSchemas(name, each);
                }
            });
            Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
            properties.forEach((name, property) -> {
                if (row.getProperties() == null || !row.getProperties().containsKey(name)) {
                    row.addProperty(name, property);
                }
            });
            List<String> always = Arrays.stream(type.getRecordComponents()).filter(component -> !nullable(component))
                    .map(RecordComponent::getName).toList();
            required = required == null ? new ArrayList<>(always) : required.stream().filter(always::contains).collect(Collectors.toList());
        }
        row.setRequired(required);
        components.addSchemas(rowName, row);
        components.addSchemas(reportName, new ObjectSchema()
                .description("A report over the mall days `from` to `to`, both included")
                .addProperty("from", new DateSchema())
                .addProperty("to", new DateSchema())
                .addProperty("rows", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + rowName)))
                .required(List.of("from", "to", "rows")));
        content(api, path).addMediaType(JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + reportName)));
        csv(api, path, rows);
    }

    @SafeVarargs
    private static void csv(OpenAPI api, String path, Class<? extends Record>... rows) {
        String examples = Arrays.stream(rows).map(row -> Arrays.stream(row.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.joining(","))).collect(Collectors.joining("\r\n... or ...\r\n"));
        content(api, path).addMediaType(CSV, new MediaType().schema(new StringSchema()
                .description("RFC 4180 CSV: a header row with the row's member names, then one line per row"))
                .example(examples + "\r\n"));
    }

    private static Content content(OpenAPI api, String path) {
        return api.getPaths().get(path).getGet().getResponses().get("200").getContent();
    }

    private static boolean nullable(RecordComponent component) {
        return Arrays.stream(component.getAnnotations()).map(Annotation::annotationType)
                .anyMatch(type -> type.getSimpleName().equals("Nullable"));
    }
}
