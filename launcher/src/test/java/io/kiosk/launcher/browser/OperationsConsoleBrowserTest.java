package io.kiosk.launcher.browser;

import io.kiosk.client.command.model.Role;
import io.kiosk.launcher.KioskSystem;
import io.kiosk.launcher.RunningKiosk;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operations in the console, in Chinese at a desk: a back-office clerk sees every projection with its position and
 * lag, starts a rebuild of order tracking and watches its progress bar fill, without reloading, until the rebuild is
 * done; the administrator makes an analyst's account (a password the API refuses is said at its field first).
 */
@BrowserSuite
class OperationsConsoleBrowserTest {

    /** The administrator the system tests' run command bootstraps. */
    private static final Staff.Member ADMIN = new Staff.Member(RunningKiosk.ADMIN_EMAIL, RunningKiosk.ADMIN_PASSWORD, Role.ADMIN);

    private final KioskSystem kiosk;

    OperationsConsoleBrowserTest(KioskSystem kiosk) {
        this.kiosk = kiosk;
    }

    @Test
    void the_back_office_rebuilds_order_tracking_and_watches_the_progress_bar_reach_the_end() throws Exception {
        Staff.Member clerk = Staff.account(kiosk, Role.BACK_OFFICE);
        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            OperationsConsole operations = browser.visit("/account/login?next=%2Fadmin%2Foperations", LoginPage::new)
                    .logIn(clerk.email(), clerk.password(), OperationsConsole::new);
            assertThat(operations.heading()).isEqualTo("运维");
            assertThat(operations.projections()).anySatisfy(row -> assertThat(row.get(0)).contains("订单跟踪", "order-tracking"));
            operations.screenshot("operations");

            ProjectionConsole tracking = operations.rebuild("order-tracking");
            assertThat(tracking.notice()).hasValueSatisfying(notice -> assertThat(notice).isEqualTo("重建已开始。"));
            browser.script("window.kioskStillHere = true");
            List<Integer> seen = new ArrayList<>();
            ProjectionConsole rebuilt = tracking.awaitRebuilt(seen::add);

            assertThat(rebuilt.percent()).isEqualTo(100);
            assertThat(seen).as("the bar only ever fills").isSorted();
            assertThat(rebuilt.events()).startsWith("已处理").contains("（100%）");
            assertThat(rebuilt.status()).isEqualTo("实时运行");
            assertThat(browser.script("return window.kioskStillHere === true")).as("htmx redrew the bar; no reload").isEqualTo(true);
            assertThat(rebuilt.heading()).isEqualTo("订单跟踪");
            rebuilt.screenshot("projection-rebuilt");
            rebuilt.switchLanguage(ProjectionConsole::new).screenshot("projection-rebuilt-en");
        }
    }

    @Test
    void the_administrator_creates_an_analyst_account_after_a_refused_password() {
        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            StaffConsole staff = browser.visit("/account/login?next=%2Fadmin%2Fstaff", LoginPage::new)
                    .logIn(ADMIN.email(), ADMIN.password(), StaffConsole::new);
            String email = "analyst." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@kiosk.test";

            StaffConsole refused = staff.create(email, "short", "ANALYST");
            assertThat(refused.fieldError("password")).hasValue("密码至少需要 10 个字符，且不能与邮箱相同。");
            assertThat(refused.markedInvalid("password")).isTrue();
            refused.screenshot("staff-refused");

            StaffConsole created = refused.create(email, "an analyst's long phrase", "ANALYST");
            assertThat(created.notice()).hasValueSatisfying(notice -> assertThat(notice).contains(email));
            created.screenshot("staff");
        }
    }
}
