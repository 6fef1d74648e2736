package io.kiosk.web.admin.analytics;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.AnalyticsApi;
import io.kiosk.client.query.model.FunnelDay;
import io.kiosk.client.query.model.HeatMapCell;
import io.kiosk.client.query.model.PaymentMethodShare;
import io.kiosk.client.query.model.RefundRateRow;
import io.kiosk.client.query.model.SalesRow;
import io.kiosk.client.query.model.SearchMissesSearchMiss;
import io.kiosk.client.query.model.TopProduct;
import io.kiosk.web.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The dashboard's panels: each report asked of the analytics API once, drawn as its chart and written as its table.
 * The charts only draw what the tables hold (the funnel's bars are its columns' sums, the line has the period's days
 * with 0 for a day without sales); every figure on the page is one the API gave.
 */
@Component
class DashboardPanels {

    private static final int TOP_PRODUCTS = 10;
    private static final int SEARCH_MISSES = 20;

    private final DashboardTables tables;
    private final Formats fmt;
    private final MessageSource messages;

    DashboardPanels(DashboardTables tables, Formats fmt, MessageSource messages) {
        this.tables = tables;
        this.fmt = fmt;
        this.messages = messages;
    }

    List<Panel> all(AnalyticsApi api, Period period, String top) throws ApiException {
        List<SalesRow> days = api.reportSales(period.from(), period.to(), "day", null).getRows();
        List<SalesRow> categories = api.reportSales(period.from(), period.to(), "category", null).getRows();
        List<FunnelDay> funnel = api.reportFunnel(period.from(), period.to(), null).getRows();
        List<PaymentMethodShare> methods = api.reportPaymentMethods(period.from(), period.to(), null).getRows();
        List<HeatMapCell> heat = api.reportOrderHeatMap(period.from(), period.to(), null).getRows();
        List<TopProduct> products = api.reportTopProducts(period.from(), period.to(), TOP_PRODUCTS, top, null).getRows();
        List<RefundRateRow> byProduct = api.reportRefundRates(period.from(), period.to(), "product", null).getRows();
        List<RefundRateRow> byReason = api.reportRefundRates(period.from(), period.to(), "reason", null).getRows();
        List<SearchMissesSearchMiss> misses = searchMisses(api, period);
        return List.of(
                Panel.line("sales-by-day", "admin.analytics.sales-by-day", salesLine(period, days), tables.salesByDay(days)),
                Panel.bars("sales-by-category", "admin.analytics.sales-by-category", categoryBars(categories),
                        tables.salesByCategory(categories)),
                Panel.bars("funnel", "admin.analytics.funnel", funnelBars(funnel), tables.funnel(funnel)),
                Panel.bars("payment-methods", "admin.analytics.payment-methods", methodBars(methods), tables.paymentMethods(methods)),
                Panel.heatMap("heatmap", "admin.analytics.heatmap", heatMap(heat), tables.heatMap(heat)),
                Panel.bars("top-products", "admin.analytics.top-products." + top, productBars(products, top),
                        tables.topProducts(products, top)),
                Panel.bars("refunds-by-product", "admin.analytics.refunds-by-product", refundRateBars(byProduct),
                        tables.refundsByProduct(byProduct)),
                Panel.bars("refunds-by-reason", "admin.analytics.refunds-by-reason", reasonBars(byReason),
                        tables.refundsByReason(byReason)),
                Panel.bars("search-misses", "admin.analytics.search-misses", missBars(misses), tables.searchMisses(misses)));
    }

    /** One table by its name, asking the API only for its report. */
    Optional<DataTable> table(AnalyticsApi api, Period period, String top, String name) throws ApiException {
        return Optional.ofNullable(switch (name) {
            case "sales-by-day" -> tables.salesByDay(api.reportSales(period.from(), period.to(), "day", null).getRows());
            case "sales-by-category" -> tables.salesByCategory(api.reportSales(period.from(), period.to(), "category", null).getRows());
            case "funnel" -> tables.funnel(api.reportFunnel(period.from(), period.to(), null).getRows());
            case "payment-methods" -> tables.paymentMethods(api.reportPaymentMethods(period.from(), period.to(), null).getRows());
            case "heatmap" -> tables.heatMap(api.reportOrderHeatMap(period.from(), period.to(), null).getRows());
            case "top-products" -> tables.topProducts(api.reportTopProducts(period.from(), period.to(), TOP_PRODUCTS, top, null)
                    .getRows(), top);
            case "refunds-by-product" -> tables.refundsByProduct(api.reportRefundRates(period.from(), period.to(), "product", null)
                    .getRows());
            case "refunds-by-reason" -> tables.refundsByReason(api.reportRefundRates(period.from(), period.to(), "reason", null)
                    .getRows());
            case "search-misses" -> tables.searchMisses(searchMisses(api, period));
            default -> null;
        });
    }

    /** Gross sales per day of the period (the mall sells in yuan; a day the API has no row for sold nothing). */
    private Line salesLine(Period period, List<SalesRow> rows) {
        Map<String, BigDecimal> gross = new HashMap<>();
        rows.forEach(row -> gross.merge(String.valueOf(row.getDay()), row.getGross(), BigDecimal::add));
        List<Line.Point> points = period.days().stream().map(day -> {
            BigDecimal value = gross.getOrDefault(day.toString(), BigDecimal.ZERO);
            return new Line.Point(fmt.date(day), value, fmt.money(value, "CNY"));
        }).toList();
        BigDecimal largest = gross.values().stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        return Line.of(points, fmt.money(largest, "CNY"));
    }

    private Bars categoryBars(List<SalesRow> rows) {
        return Bars.of(rows.stream().map(row -> new Bars.Entry(fmt.category(row.getCategory()), row.getGross(),
                fmt.money(row.getGross(), row.getCurrency()))).toList());
    }

    /** The funnel over the whole period: each step's sum over the days. */
    private Bars funnelBars(List<FunnelDay> rows) {
        long carts = rows.stream().mapToLong(FunnelDay::getCartsCreated).sum();
        long checkedOut = rows.stream().mapToLong(FunnelDay::getCartsCheckedOut).sum();
        long paid = rows.stream().mapToLong(FunnelDay::getOrdersPaid).sum();
        long refunded = rows.stream().mapToLong(FunnelDay::getOrdersRefunded).sum();
        return Bars.of(List.of(step("carts-created", carts), step("carts-checked-out", checkedOut), step("orders-paid", paid),
                step("orders-refunded", refunded)));
    }

    private Bars.Entry step(String column, long count) {
        return new Bars.Entry(message("admin.analytics.column." + column), BigDecimal.valueOf(count), fmt.number(count));
    }

    private Bars methodBars(List<PaymentMethodShare> rows) {
        return Bars.of(rows.stream().map(row -> new Bars.Entry(tables.method(row), row.getAmountCollected(),
                fmt.money(row.getAmountCollected(), row.getCurrency()) + " · " + tables.percent(row.getShareOfAmount()))).toList());
    }

    private HeatMap heatMap(List<HeatMapCell> rows) {
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.merge((row.getWeekday().ordinal() + 1) + ":" + row.getHour(), row.getOrdersPlaced(), Long::sum));
        List<String> weekdays = IntStream.rangeClosed(1, 7).mapToObj(tables::weekday).toList();
        return HeatMap.of(weekdays, counts, (weekday, hour, count) ->
                messages.getMessage("admin.analytics.heatmap.cell", new Object[]{weekday, String.format("%02d:00", hour), count},
                        LocaleContextHolder.getLocale()));
    }

    private Bars productBars(List<TopProduct> rows, String top) {
        List<Bars.Entry> entries = new ArrayList<>();
        for (TopProduct row : rows) {
            boolean byRevenue = "revenue".equals(top);
            entries.add(new Bars.Entry(fmt.text(row.getNameZh(), row.getNameEn()),
                    byRevenue ? row.getRevenue() : BigDecimal.valueOf(row.getUnits()),
                    byRevenue ? fmt.money(row.getRevenue(), row.getCurrency()) : fmt.number(row.getUnits())));
        }
        return Bars.of(entries);
    }

    private Bars refundRateBars(List<RefundRateRow> rows) {
        return Bars.of(rows.stream().map(row -> new Bars.Entry(fmt.text(row.getNameZh(), row.getNameEn()),
                row.getUnitRate() == null ? BigDecimal.ZERO : row.getUnitRate(), tables.percent(row.getUnitRate()))).toList());
    }

    private Bars reasonBars(List<RefundRateRow> rows) {
        return Bars.of(rows.stream().map(row -> new Bars.Entry(tables.reason(row.getReason()),
                BigDecimal.valueOf(row.getRefunds() == null ? 0 : row.getRefunds()), fmt.number(row.getRefunds()))).toList());
    }

    /** The texts shoppers searched for most often without finding anything: what to stock, or to add a synonym for. */
    private static List<SearchMissesSearchMiss> searchMisses(AnalyticsApi api, Period period) throws ApiException {
        return api.reportSearchMisses(period.from(), period.to(), SEARCH_MISSES, null).getRows();
    }

    private Bars missBars(List<SearchMissesSearchMiss> rows) {
        return Bars.of(rows.stream().map(row -> new Bars.Entry(row.getQuery(), BigDecimal.valueOf(row.getMisses()),
                fmt.number(row.getMisses()))).toList());
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
