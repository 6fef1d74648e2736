package io.kiosk.launcher.browser;

import io.kiosk.client.KioskClients;
import io.kiosk.client.command.api.PaymentReviewApi;
import io.kiosk.client.command.model.Role;
import io.kiosk.launcher.KioskSystem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The back office's day in the console, in Chinese at a desk, in a real browser against the whole running system: a
 * clerk logs in through the shop's login page and lands in the console, finds a paid order by the customer's Chinese
 * name, picks, ships and delivers it while the customer's own order page (another browser) follows by itself; looks
 * back at the order as it stood before it was paid; reviews and lets through a held payment; approves a refund for
 * less than asked. An analyst opening the orders and a customer opening the console get the forbidden page, and the
 * APIs refuse them too. Screenshots of each console page at desktop size go to web/target/screenshots (admin-*).
 */
@BrowserSuite
class ConsoleBrowserTest {

    private final KioskSystem kiosk;

    ConsoleBrowserTest(KioskSystem kiosk) {
        this.kiosk = kiosk;
    }

    @Test
    void a_clerk_finds_a_paid_order_by_the_customer_s_chinese_name_and_fulfils_it_while_the_customer_watches() throws Exception {
        Shopper shopper = Shopper.registered(kiosk, "欧阳娜娜", "Ouyang Nana");
        UUID order = shopper.ordersACharger("上海");
        shopper.pays(order);
        Staff.Member clerk = Staff.account(kiosk, Role.BACK_OFFICE);

        try (Browser customer = Browser.open(kiosk.webApp(), "zh-CN");
             Browser console = Browser.open(kiosk.webApp(), "zh-CN")) {
            customer.visit("/account/login", LoginPage::new).logIn(shopper.customer.email(), shopper.customer.password(), AnyPage::new);
            OrderPage watching = customer.visit("/orders/" + order, OrderPage::new).awaitStatus("已付款");
            customer.script("window.kioskStillHere = true");

            ConsoleHome home = console.visit("/account/login", LoginPage::new).logIn(clerk.email(), clerk.password(), ConsoleHome::new);
            assertThat(console.path()).as("staff land in the console").isEqualTo("/admin");
            assertThat(home.language()).isEqualTo("zh-CN");
            assertThat(home.menu()).containsExactly("工作台", "待办事项", "订单", "商品目录", "搜索同义词", "系统运维");
            home.awaitCount("to-pick", 1);
            home.screenshot("home");

            console.visit("/admin/work-lists/to-pick", AnyConsolePage::new).screenshot("work-list-to-pick");

            ConsoleSearch search = console.visit("/admin/orders", ConsoleSearch::new).searchUntilFound("欧阳娜娜", order);
            assertThat(search.found()).contains(order.toString());
            search.screenshot("search");

            ConsoleOrder page = search.open(order);
            assertThat(page.status()).isEqualTo("已付款");
            page.screenshot("order-paid");

            page = page.pick().awaitStatus("备货中");
            watching.awaitStatus("备货中");

            ConsoleOrder refused = page.ship("顺丰速运", "SF2468013579", LocalDate.now().plusDays(4), LocalDate.now().plusDays(2));
            assertThat(refused.refusal()).as("the API's refusal, in words").hasValueSatisfying(words -> assertThat(words).isNotBlank());
            assertThat(refused.status()).isEqualTo("备货中");
            refused.screenshot("order-refused");

            page = refused.ship("顺丰速运", "SF2468013579", LocalDate.now().plusDays(2), LocalDate.now().plusDays(4))
                    .awaitStatus("已发货");
            assertThat(watching.awaitStatus("已发货").shipment()).containsExactly("顺丰速运", "SF2468013579");

            page = page.deliver().awaitStatus("已送达");
            watching.awaitStatus("已送达");
            assertThat(customer.script("return window.kioskStillHere === true")).as("no reload: the live stream redrew it")
                    .isEqualTo(true);

            assertThat(page.events()).contains("已下单", "等待付款", "付款成功", "开始拣货", "已发货", "已送达");
            assertThat(page.historyText()).as("payloads read as facts, never JSON").doesNotContain("{\"").doesNotContain("\":")
                    .contains("SF2468013579").contains("顺丰速运").contains("¥199.00");
            page.screenshot("order-delivered");

            OffsetDateTime beforePayment = page.when("OrderAwaitingPayment");
            ConsoleOrder then = page.asOf(beforePayment);
            assertThat(then.status()).isEqualTo("待付款");
            assertThat(then.asOfBanner()).contains("这是订单在");
            then.screenshot("order-as-of");
        }
    }

    @Test
    void a_clerk_lets_a_held_payment_through_and_approves_a_refund_for_less_than_asked() throws Exception {
        Shopper shopper = Shopper.registered(kiosk, "司马光", "Sima Guang");
        // delivered to Shanghai (SH) at an address in Beijing: the risk check holds the payment for review
        UUID order = shopper.ordersACharger("北京");
        Staff.Member clerk = Staff.account(kiosk, Role.BACK_OFFICE);

        try (Browser console = Browser.open(kiosk.webApp(), "zh-CN")) {
            ConsoleHome home = console.visit("/account/login", LoginPage::new).logIn(clerk.email(), clerk.password(), ConsoleHome::new);
            home.awaitCount("held-payments", 1);
            console.visit("/admin/work-lists/held-payments", AnyConsolePage::new).screenshot("work-list-held-payments");

            ConsoleOrder page = console.visit("/admin/orders/" + order, ConsoleOrder::new);
            assertThat(page.paymentStatus()).isEqualTo("审核中");
            page.screenshot("order-held");
            page = page.approvePayment();
            assertThat(page.notice()).hasValue("付款已放行，正在向支付渠道收款。");

            shopper.pays(order);
            page.awaitStatus("已付款").awaitEvent("订单已付款");

            BackOffice backOffice = BackOffice.of(kiosk);
            backOffice.ship(order, "京东物流", "JD0001112223");
            backOffice.delivered(order);
            shopper.asksForARefund(order);

            page = console.visit("/admin/orders/" + order, ConsoleOrder::new);
            assertThat(page.refundStatuses()).containsExactly("待审核");
            page.screenshot("order-refund-requested");
            page = page.approveRefund("120.00");
            assertThat(page.notice()).hasValue("退款已批准。");
            assertThat(page.approvedRefunds()).containsExactly("¥120.00");
            page.screenshot("order-refund-approved");
        }
    }

    @Test
    void an_analyst_opening_the_orders_and_a_customer_opening_the_console_get_the_forbidden_page() throws Exception {
        Staff.Member analyst = Staff.account(kiosk, Role.ANALYST);
        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            ConsoleHome home = browser.visit("/account/login", LoginPage::new).logIn(analyst.email(), analyst.password(), ConsoleHome::new);
            assertThat(home.menuLinks()).containsExactly("/admin", "/admin/analytics");
            home.screenshot("home-analyst");
            ErrorPage forbidden = browser.visit("/admin/orders", ErrorPage::new);
            assertThat(forbidden.heading()).isEqualTo("无法访问此页面");
        }
        String token = Staff.token(kiosk, analyst);
        var refused = catchThrowableOfType(io.kiosk.client.command.ApiException.class, () -> new PaymentReviewApi(
                KioskClients.commandApi(kiosk.commandApi(), () -> Optional.of(token))).listHeldPayments());
        assertThat(refused.getCode()).as("the API refuses the analyst too").isEqualTo(403);

        Customers.Customer customer = Customers.registered(kiosk, "Lei Zhao");
        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            browser.visit("/account/login", LoginPage::new).logIn(customer.email(), customer.password(), AnyPage::new);
            ErrorPage forbidden = browser.visit("/admin", ErrorPage::new);
            assertThat(forbidden.heading()).isEqualTo("无法访问此页面");
        }
    }
}
