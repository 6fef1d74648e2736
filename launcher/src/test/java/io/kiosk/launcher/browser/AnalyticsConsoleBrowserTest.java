package io.kiosk.launcher.browser;

import io.kiosk.client.KioskClients;
import io.kiosk.client.command.model.Role;
import io.kiosk.client.query.api.AnalyticsApi;
import io.kiosk.client.query.model.SalesRow;
import io.kiosk.launcher.KioskSystem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An analyst, in Chinese at a desk, opens the dashboard after a sale (a charger paid by card): today's sale is in the sales line, the category
 * bars, the funnel, the payment-method mix, the heat map and the top products, each beside its table; the CSV of the
 * sales by day is exactly the analytics API's answer for the same days. Screenshots in Chinese and English.
 */
@BrowserSuite
class AnalyticsConsoleBrowserTest {

    private static final ZoneId MALL = ZoneId.of("Asia/Shanghai");

    private final KioskSystem kiosk;

    AnalyticsConsoleBrowserTest(KioskSystem kiosk) {
        this.kiosk = kiosk;
    }

    @Test
    void an_analyst_sees_the_days_sale_in_the_charts_and_downloads_the_same_figures_as_the_api() throws Exception {
        Staff.Member analyst = Staff.account(kiosk, Role.ANALYST);
        String token = Staff.token(kiosk, analyst);
        AnalyticsApi api = new AnalyticsApi(KioskClients.queryApi(kiosk.queryApi(), () -> Optional.of(token)));
        LocalDate today = LocalDate.now(MALL);
        LocalDate weekAgo = today.minusDays(6);
        BigDecimal before = grossOn(api, today);

        Shopper zhao = Shopper.registered(kiosk, "赵磊", "Zhao Lei");
        zhao.pays(zhao.ordersACharger("上海"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> grossOn(api, today).subtract(before).compareTo(new BigDecimal("199.00")) >= 0);

        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            AnalyticsConsole dashboard = browser.visit("/account/login?next=%2Fadmin%2Fanalytics", LoginPage::new)
                    .logIn(analyst.email(), analyst.password(), AnalyticsConsole::new);
            assertThat(dashboard.heading()).isEqualTo("经营分析");

            List<SalesRow> days = api.reportSales(weekAgo, today, "day", null).getRows();
            SalesRow todays = days.stream().filter(row -> today.equals(row.getDay())).findFirst().orElseThrow();
            assertThat(dashboard.table("sales-by-day")).anySatisfy(row -> assertThat(row)
                    .contains("¥" + String.format("%,.2f", todays.getGross()), String.valueOf(todays.getOrdersPaid())));
            assertThat(dashboard.linePoints("sales-by-day")).hasSize(7)
                    .last().asString().endsWith("¥" + String.format("%,.2f", todays.getGross()));
            assertThat(dashboard.barsDrawn("sales-by-category")).isPositive();
            assertThat(dashboard.barsDrawn("funnel")).as("carts, checked out and paid at least").isGreaterThanOrEqualTo(3);
            assertThat(dashboard.barsDrawn("payment-methods")).isPositive();
            assertThat(dashboard.barsDrawn("top-products")).isPositive();
            assertThat(dashboard.table("top-products-by-units")).anySatisfy(row -> assertThat(row).contains("KS 无线充电器 Pro"));
            assertThat(dashboard.heatedCells()).isNotEmpty();
            assertThat(dashboard.table("payment-methods")).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("银行卡"));
            assertThat(dashboard.mainText()).doesNotContain("{\"", "\"rows\"");
            dashboard.screenshot("analytics");

            String csv = dashboard.downloadCsv("sales-by-day");
            List<String> lines = csv.lines().toList();
            assertThat(lines.get(0)).isEqualTo("日期,下单数,付款订单数,销售额,退款额,净销售额,客单价,币种");
            assertThat(lines.subList(1, lines.size())).as("exactly the API's rows and values").containsExactlyElementsOf(days.stream()
                    .map(row -> String.join(",", String.valueOf(row.getDay()), String.valueOf(row.getOrdersPlaced()),
                            String.valueOf(row.getOrdersPaid()), row.getGross().toPlainString(), row.getRefunded().toPlainString(),
                            row.getNet().toPlainString(), row.getAverageOrderValue().toPlainString(), row.getCurrency()))
                    .toList());

            AnalyticsConsole english = dashboard.switchLanguage(AnalyticsConsole::new);
            assertThat(english.heading()).isEqualTo("Analytics");
            assertThat(english.downloadCsv("sales-by-day").lines().findFirst()).hasValue(
                    "Day,Orders placed,Orders paid,Gross,Refunded,Net,Average order,Currency");
            english.screenshot("analytics-en");
        }
    }

    private static BigDecimal grossOn(AnalyticsApi api, LocalDate day) throws Exception {
        return api.reportSales(day, day, "day", null).getRows().stream().map(SalesRow::getGross).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
