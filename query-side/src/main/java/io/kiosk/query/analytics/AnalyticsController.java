package io.kiosk.query.analytics;

import io.kiosk.api.analytics.CategorySales;
import io.kiosk.api.analytics.DailySales;
import io.kiosk.api.analytics.FunnelByDay;
import io.kiosk.api.analytics.FunnelDay;
import io.kiosk.api.analytics.HeatMapCell;
import io.kiosk.api.analytics.ListTopProducts;
import io.kiosk.api.analytics.OrderHeatMap;
import io.kiosk.api.analytics.PaymentMethodMix;
import io.kiosk.api.analytics.PaymentMethodShare;
import io.kiosk.api.analytics.ProductRefundRate;
import io.kiosk.api.analytics.ProductSales;
import io.kiosk.api.analytics.ReasonRefundRate;
import io.kiosk.api.analytics.RefundRatesByProduct;
import io.kiosk.api.analytics.RefundRatesByReason;
import io.kiosk.api.analytics.ReportPeriod;
import io.kiosk.api.analytics.SalesByCategory;
import io.kiosk.api.analytics.SalesByDay;
import io.kiosk.api.analytics.SalesByProduct;
import io.kiosk.api.analytics.TopProduct;
import io.kiosk.projections.analytics.AnalyticsProjection;
import io.kiosk.query.problems.InvalidField;
import io.kiosk.query.readyourwrites.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static io.kiosk.query.problems.InvalidField.parse;
import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/**
 * The analytics reports: JSON by default, RFC 4180 CSV with {@code Accept: text/csv}. Every report covers the
 * mall days {@code from} to {@code to}, both included, at most {@value ReportPeriod#MAX_DAYS} of them.
 */
@RestController
@RequestMapping(value = "/api/analytics", produces = {"application/json", "text/csv"})
@Tag(name = "Analytics")
class AnalyticsController {

    private static final String FROM = "first mall day of the period (2026-11-01)";
    private static final String TO = "last mall day of the period, included";

    enum SalesGrouping { DAY, CATEGORY, PRODUCT }

    enum RefundGrouping { PRODUCT, REASON }

    private final QueryGateway queries;

    AnalyticsController(QueryGateway queries) {
        this.queries = queries;
    }

    @ReadsFrom(AnalyticsProjection.PROCESSING_GROUP)
    @GetMapping("/sales")
    @Operation(operationId = "reportSales", summary = "Revenue (gross, refunded, net), orders and average order value per day, category or product and currency")
    Table<?> sales(@Parameter(description = FROM, required = true) @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate from,
                   @Parameter(description = TO, required = true) @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate to,
                   @Parameter(description = "day (default), category or product", schema = @Schema(allowableValues = {"day", "category", "product"})) @RequestParam(required = false) String by) {
        ReportPeriod period = period(from, to);
        return switch (choice("by", by, SalesGrouping.DAY, SalesGrouping.values())) {
            case DAY -> Table.of(period, DailySales.class, ask(new SalesByDay(period), DailySales.class));
            case CATEGORY -> Table.of(period, CategorySales.class, ask(new SalesByCategory(period), CategorySales.class));
            case PRODUCT -> Table.of(period, ProductSales.class, ask(new SalesByProduct(period), ProductSales.class));
        };
    }

    @ReadsFrom(AnalyticsProjection.PROCESSING_GROUP)
    @GetMapping("/funnel")
    @Operation(operationId = "reportFunnel", summary = "Per day: carts created, and of them checked out, paid and refunded")
    Table<FunnelDay> funnel(@Parameter(description = FROM, required = true) @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate from,
                            @Parameter(description = TO, required = true) @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate to) {
        ReportPeriod period = period(from, to);
        return Table.of(period, FunnelDay.class, ask(new FunnelByDay(period), FunnelDay.class));
    }

    @ReadsFrom(AnalyticsProjection.PROCESSING_GROUP)
    @GetMapping("/refunds")
    @Operation(operationId = "reportRefundRates", summary = "Refund rates (units and money) of the orders paid in the period, per product or per reason")
    Table<?> refunds(@Parameter(description = FROM, required = true) @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate from,
                     @Parameter(description = TO, required = true) @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate to,
                     @Parameter(description = "product (default) or reason", schema = @Schema(allowableValues = {"product", "reason"})) @RequestParam(required = false) String by) {
        ReportPeriod period = period(from, to);
        return switch (choice("by", by, RefundGrouping.PRODUCT, RefundGrouping.values())) {
            case PRODUCT -> Table.of(period, ProductRefundRate.class,
                    ask(new RefundRatesByProduct(period), ProductRefundRate.class));
            case REASON -> Table.of(period, ReasonRefundRate.class, ask(new RefundRatesByReason(period), ReasonRefundRate.class));
        };
    }

    @ReadsFrom(AnalyticsProjection.PROCESSING_GROUP)
    @GetMapping("/payment-methods")
    @Operation(operationId = "reportPaymentMethods", summary = "Per payment method and currency: payments started, succeeded, failed, money collected and shares")
    Table<PaymentMethodShare> paymentMethods(
            @Parameter(description = FROM, required = true) @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate from,
            @Parameter(description = TO, required = true) @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate to) {
        ReportPeriod period = period(from, to);
        return Table.of(period, PaymentMethodShare.class, ask(new PaymentMethodMix(period), PaymentMethodShare.class));
    }

    @ReadsFrom(AnalyticsProjection.PROCESSING_GROUP)
    @GetMapping("/heatmap")
    @Operation(operationId = "reportOrderHeatMap", summary = "Orders placed (and of them paid) per hour of the week in mall time: 7 × 24 cells")
    Table<HeatMapCell> heatMap(@Parameter(description = FROM, required = true) @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate from,
                               @Parameter(description = TO, required = true) @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate to) {
        ReportPeriod period = period(from, to);
        return Table.of(period, HeatMapCell.class, ask(new OrderHeatMap(period), HeatMapCell.class));
    }

    @ReadsFrom(AnalyticsProjection.PROCESSING_GROUP)
    @GetMapping("/top-products")
    @Operation(operationId = "reportTopProducts", summary = "The best-selling products of the period per currency, by units or revenue")
    Table<TopProduct> topProducts(
            @Parameter(description = FROM, required = true) @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate from,
            @Parameter(description = TO, required = true) @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate to,
            @Parameter(description = "how many per currency, 1 to 100 (default 10)") @RequestParam(defaultValue = "10") int limit,
            @Parameter(description = "units (default) or revenue", schema = @Schema(allowableValues = {"units", "revenue"})) @RequestParam(required = false) String by) {
        ReportPeriod period = period(from, to);
        ListTopProducts.Ranking ranking = choice("by", by, ListTopProducts.Ranking.UNITS, ListTopProducts.Ranking.values());
        ListTopProducts query = parse("limit", () -> new ListTopProducts(period, limit, ranking));
        return Table.of(period, TopProduct.class, ask(query, TopProduct.class));
    }

    private <R> List<R> ask(Object query, Class<R> rowType) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(rowType)).join();
    }

    static ReportPeriod period(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidField("from", "is required: the first mall day of the period, as 2026-11-01");
        }
        if (to == null) {
            throw new InvalidField("to", "is required: the last mall day of the period (included), as 2026-11-30");
        }
        if (from.isBefore(ReportPeriod.EARLIEST) || from.isAfter(ReportPeriod.LATEST)) {
            throw new InvalidField("from", "must lie between " + ReportPeriod.EARLIEST + " and " + ReportPeriod.LATEST);
        }
        return parse("to", () -> new ReportPeriod(from, to));
    }

    private static <E extends Enum<E>> E choice(String field, String given, E otherwise, E[] allowed) {
        if (given == null || given.isBlank()) {
            return otherwise;
        }
        String wanted = given.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(allowed).filter(each -> each.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidField(field, "'" + given + "' is not one of the choices",
                        Arrays.stream(allowed).map(each -> each.name().toLowerCase(Locale.ROOT)).toList()));
    }
}
