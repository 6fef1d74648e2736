package io.kiosk.launcher.browser;

import io.kiosk.client.command.model.Role;
import io.kiosk.launcher.KioskSystem;
import io.kiosk.launcher.RunningKiosk;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator erases a customer's personal data from one of their orders in the console, in a real browser against
 * the running system: the clerk's page does not offer it (the API would refuse them too), the administrator's does
 * (a reason and a confirmation); after it the order stays, its summary and its history show the customer erased in
 * words, and the customer's password opens nothing any more.
 */
@BrowserSuite
class CustomerErasureConsoleBrowserTest {

    private static final Staff.Member ADMIN = new Staff.Member(RunningKiosk.ADMIN_EMAIL, RunningKiosk.ADMIN_PASSWORD, Role.ADMIN);

    private final KioskSystem kiosk;

    CustomerErasureConsoleBrowserTest(KioskSystem kiosk) {
        this.kiosk = kiosk;
    }

    @Test
    void an_administrator_erases_the_customer_of_an_order_who_then_reads_as_erased_and_cannot_log_in() throws Exception {
        Shopper shopper = Shopper.registered(kiosk, "诸葛亮", "Zhuge Liang");
        UUID order = shopper.ordersACharger("上海");
        Staff.Member clerk = Staff.account(kiosk, Role.BACK_OFFICE);

        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            ConsoleOrder clerksPage = browser.visit("/account/login?next=%2Fadmin%2Forders%2F" + order, LoginPage::new)
                    .logIn(clerk.email(), clerk.password(), ConsoleOrder::new);
            assertThat(clerksPage.customerName()).isEqualTo("诸葛亮");
            assertThat(clerksPage.offersErasure()).as("administrators only").isFalse();
        }

        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            ConsoleOrder page = browser.visit("/account/login?next=%2Fadmin%2Forders%2F" + order, LoginPage::new)
                    .logIn(ADMIN.email(), ADMIN.password(), ConsoleOrder::new);
            assertThat(page.offersErasure()).isTrue();
            page = page.eraseCustomer("顾客书面要求删除个人信息");
            assertThat(page.notice()).hasValue("顾客的个人数据已抹除。");

            // tracking takes CustomerErased within its lag; the history reads the events themselves, whose key the query
            // side may remember for KIOSK_PRIVACY_KEY_CACHE_TTL (30 s) after the erasure
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            ConsoleOrder erased = browser.visit("/admin/orders/" + order, ConsoleOrder::new);
            while (!(erased.customerName().equals("（个人数据已抹除）") && !erased.historyText().contains("诸葛亮"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(1000);
                erased = browser.visit("/admin/orders/" + order, ConsoleOrder::new);
            }
            assertThat(erased.customerName()).isEqualTo("（个人数据已抹除）");
            assertThat(erased.status()).as("the order stays").isEqualTo("待付款");
            assertThat(erased.historyText()).doesNotContain("诸葛亮").doesNotContain(shopper.customer.email())
                    .doesNotContain("[erased]").contains("（已抹除）");
            assertThat(erased.mainText()).as("no raw marker anywhere on the page").doesNotContain("[erased]")
                    .contains("收件人、地址和联系方式已按顾客的要求抹除。");
            erased.screenshot("order-customer-erased");
        }

        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            LoginPage login = browser.visit("/account/login", LoginPage::new);
            assertThat(login.logInRefused(shopper.customer.email(), shopper.customer.password()).formError())
                    .hasValueSatisfying(said -> assertThat(said).contains("邮箱或密码不正确。"));
        }
    }
}
