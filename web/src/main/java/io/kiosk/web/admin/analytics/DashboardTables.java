package io.kiosk.web.admin.analytics;

import io.kiosk.client.query.model.FunnelDay;
import io.kiosk.client.query.model.HeatMapCell;
import io.kiosk.client.query.model.PaymentMethodShare;
import io.kiosk.client.query.model.RefundRateRow;
import io.kiosk.client.query.model.SalesRow;
import io.kiosk.client.query.model.SearchMissesSearchMiss;
import io.kiosk.client.query.model.TopProduct;
import io.kiosk.web.admin.analytics.DataTable.Cell;
import io.kiosk.web.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;

/**
 * Turns the analytics API's rows into the dashboard's tables, one row per API row and one column per value the API
 * gives, so that a table (and its CSV) says exactly what the API said: shown in the page's language and format, kept
 * plain for the download.
 */
@Component
class DashboardTables {

    private final Formats fmt;
    private final MessageSource messages;

    DashboardTables(Formats fmt, MessageSource messages) {
        this.fmt = fmt;
        this.messages = messages;
    }

    DataTable salesByDay(List<SalesRow> rows) {
        return new DataTable("sales-by-day", keys("day", "orders-placed", "orders-paid", "gross", "refunded", "net", "average-order",
                "currency"), rows.stream().map(row -> List.of(
                new Cell(fmt.date(row.getDay()), String.valueOf(row.getDay())), count(row.getOrdersPlaced()), count(row.getOrdersPaid()),
                money(row.getGross(), row.getCurrency()), money(row.getRefunded(), row.getCurrency()), money(row.getNet(), row.getCurrency()),
                money(row.getAverageOrderValue(), row.getCurrency()), Cell.of(row.getCurrency()))).toList());
    }

    DataTable salesByCategory(List<SalesRow> rows) {
        return new DataTable("sales-by-category", keys("category", "units", "orders", "gross", "refunded", "net", "currency"),
                rows.stream().map(row -> List.of(new Cell(fmt.category(row.getCategory()), row.getCategory()), count(row.getUnits()),
                        count(row.getOrders()), money(row.getGross(), row.getCurrency()), money(row.getRefunded(), row.getCurrency()),
                        money(row.getNet(), row.getCurrency()), Cell.of(row.getCurrency()))).toList());
    }

    DataTable funnel(List<FunnelDay> rows) {
        return new DataTable("funnel", keys("day", "carts-created", "carts-checked-out", "orders-paid", "orders-refunded"),
                rows.stream().map(row -> List.of(new Cell(fmt.date(row.getDay()), String.valueOf(row.getDay())),
                        count(row.getCartsCreated()), count(row.getCartsCheckedOut()), count(row.getOrdersPaid()),
                        count(row.getOrdersRefunded()))).toList());
    }

    DataTable paymentMethods(List<PaymentMethodShare> rows) {
        return new DataTable("payment-methods", keys("method", "payments-started", "payments-succeeded", "payments-failed",
                "amount-collected", "share-of-amount", "currency"), rows.stream().map(row -> List.of(
                new Cell(method(row), row.getMethod() == null ? "" : row.getMethod().getValue()), count(row.getPaymentsStarted()),
                count(row.getPaymentsSucceeded()), count(row.getPaymentsFailed()), money(row.getAmountCollected(), row.getCurrency()),
                share(row.getShareOfAmount()), Cell.of(row.getCurrency()))).toList());
    }

    DataTable heatMap(List<HeatMapCell> rows) {
        return new DataTable("heatmap", keys("weekday", "hour", "orders-placed", "orders-paid"), rows.stream().map(row -> List.of(
                new Cell(weekday(row.getWeekday().ordinal() + 1), row.getWeekday().getValue()),
                new Cell(String.format("%02d:00", row.getHour()), String.valueOf(row.getHour())),
                count(row.getOrdersPlaced()), count(row.getOrdersPaid()))).toList());
    }

    DataTable topProducts(List<TopProduct> rows, String by) {
        return new DataTable("top-products-by-" + by, keys("rank", "product", "product-id", "category", "units", "orders", "revenue",
                "currency"), rows.stream().map(row -> List.of(count(row.getRank()),
                new Cell(fmt.text(row.getNameZh(), row.getNameEn()), fmt.text(row.getNameZh(), row.getNameEn())),
                Cell.of(row.getProductId()), new Cell(fmt.category(row.getCategory()), nullToEmpty(row.getCategory())),
                count(row.getUnits()), count(row.getOrders()), money(row.getRevenue(), row.getCurrency()),
                Cell.of(row.getCurrency()))).toList());
    }

    DataTable refundsByProduct(List<RefundRateRow> rows) {
        return new DataTable("refunds-by-product", keys("product", "product-id", "units-sold", "units-refunded", "unit-rate",
                "amount-sold", "amount-refunded", "amount-rate", "currency"), rows.stream().map(row -> List.of(
                new Cell(fmt.text(row.getNameZh(), row.getNameEn()), fmt.text(row.getNameZh(), row.getNameEn())),
                Cell.of(row.getProductId()), count(row.getUnitsSold()), count(row.getUnitsRefunded()), share(row.getUnitRate()),
                money(row.getAmountSold(), row.getCurrency()), money(row.getAmountRefunded(), row.getCurrency()),
                share(row.getAmountRate()), Cell.of(row.getCurrency()))).toList());
    }

    DataTable refundsByReason(List<RefundRateRow> rows) {
        return new DataTable("refunds-by-reason", keys("reason", "refunds", "units-refunded", "amount-refunded", "currency"),
                rows.stream().map(row -> List.of(new Cell(reason(row.getReason()), row.getReason()), count(row.getRefunds()),
                        count(row.getUnitsRefunded()), money(row.getAmountRefunded(), row.getCurrency()),
                        Cell.of(row.getCurrency()))).toList());
    }

    DataTable searchMisses(List<SearchMissesSearchMiss> rows) {
        return new DataTable("search-misses", keys("query", "misses", "last-seen"), rows.stream().map(row -> List.of(
                Cell.of(row.getQuery()), count(row.getMisses()),
                new Cell(fmt.dateTime(row.getLastSeen()), String.valueOf(row.getLastSeen())))).toList());
    }

    /** A weekday's name, 1 = Monday. */
    String weekday(int day) {
        return message("admin.analytics.weekday." + day);
    }

    String method(PaymentMethodShare row) {
        return row.getMethod() == null ? message("admin.analytics.method.none") : message("checkout.method." + row.getMethod().getValue());
    }

    String reason(String reason) {
        return reason == null ? "" : messages.getMessage("refunds.reason." + reason, null, reason, LocaleContextHolder.getLocale());
    }

    String percent(BigDecimal share) {
        if (share == null) {
            return "—";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(LocaleContextHolder.getLocale());
        percent.setMaximumFractionDigits(1);
        return percent.format(share);
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static List<String> keys(String... columns) {
        return java.util.Arrays.stream(columns).map(column -> "admin.analytics.column." + column).toList();
    }

    private Cell count(Number value) {
        return value == null ? Cell.of("") : new Cell(fmt.number(value), String.valueOf(value));
    }

    private Cell money(BigDecimal amount, String currency) {
        return amount == null ? Cell.of("") : new Cell(fmt.money(amount, currency), amount.toPlainString());
    }

    private Cell share(BigDecimal share) {
        return share == null ? new Cell("—", "") : new Cell(percent(share), share.toPlainString());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
