package io.kiosk.launcher.browser;

import io.kiosk.launcher.KioskSystem;
import io.kiosk.launcher.SupervisedApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page shares, in a real browser against the running system: Chinese first, English one click away on
 * the same page, the session cookie out of scripts' reach, a login that keeps the shopper on the page they wanted,
 * and the not-found page for what is no page.
 */
@BrowserSuite
class StorefrontFrameBrowserTest {

    private final KioskSystem kiosk;

    StorefrontFrameBrowserTest(KioskSystem kiosk) {
        this.kiosk = kiosk;
    }

    @Test
    void the_home_page_is_chinese_first_and_english_one_click_away() {
        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            HomePage home = browser.visit("/", HomePage::new);
            assertThat(home.language()).isEqualTo("zh-CN");
            assertThat(home.categories()).contains("充电与电源", "智能门锁");
            assertThat(home.popularProducts()).isNotEmpty();
            home.screenshots("home");

            HomePage english = home.switchLanguage(HomePage::new);
            assertThat(english.language()).isEqualTo("en");
            assertThat(browser.path()).startsWith("/?lang=en");
            assertThat(english.categories()).contains("Chargers and power", "Smart locks");
            english.screenshots("home-en");

            HomePage again = browser.visit("/", HomePage::new);
            assertThat(again.language()).as("the choice is remembered").isEqualTo("en");
        }
    }

    @Test
    void an_english_browser_gets_english_pages() {
        try (Browser browser = Browser.open(kiosk.webApp(), "en-US")) {
            assertThat(browser.visit("/account/login", LoginPage::new).heading()).isEqualTo("Log in");
        }
    }

    @Test
    void the_session_cookie_is_kept_from_scripts_and_other_sites() {
        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            browser.visit("/account/login", LoginPage::new);
            Cookie session = browser.cookie("KIOSK_SESSION").orElseThrow();
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isEqualTo("Lax");
            assertThat(browser.script("return document.cookie")).asString().doesNotContain("KIOSK_SESSION");
        }
    }

    @Test
    void a_customer_s_page_asks_for_a_login_and_comes_back_after_it() throws Exception {
        Customers.Customer mia = Customers.registered(kiosk, "Mia Chen");
        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            LoginPage login = browser.visit("/account/profile", LoginPage::new);
            assertThat(browser.path()).isEqualTo("/account/login?next=%2Faccount%2Fprofile");
            login.screenshots("login");

            LoginPage refused = login.logInRefused(mia.email(), "not the password at all");
            assertThat(refused.formError()).contains("邮箱或密码不正确。");

            ProfilePage profile = refused.logIn(mia.email(), mia.password(), ProfilePage::new);
            assertThat(profile.email()).isEqualTo(mia.email());
            assertThat(profile.signedIn()).isTrue();
            assertThat(browser.path()).isEqualTo("/account/profile");
        }
    }

    /** Sessions live in PostgreSQL: any instance of the web app serves any shopper, and a crash logs nobody out. */
    @Test
    void a_signed_in_shopper_keeps_the_login_and_the_cart_when_the_web_app_crashes_and_comes_back() throws Exception {
        Customers.Customer lin = Customers.registered(kiosk, "Lin Yue");
        SupervisedApp web = kiosk.web().orElseThrow();
        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            browser.visit("/account/login", LoginPage::new).logIn(lin.email(), lin.password(), AnyPage::new);
            CartPage cart = browser.visit("/search?q=" + java.net.URLEncoder.encode("充电器", java.nio.charset.StandardCharsets.UTF_8),
                    SearchPage::new).open("KS 无线充电器 Pro").addToCart();
            List<String> lines = cart.lines();
            assertThat(lines).hasSize(1);

            web.kill();
            web.awaitReady(Duration.ofMinutes(5));

            ProfilePage profile = browser.visit("/account/profile", ProfilePage::new);
            assertThat(profile.email()).as("still signed in, on the web app's new process").isEqualTo(lin.email());
            assertThat(browser.visit("/cart", CartPage::new).lines()).isEqualTo(lines);
        }
    }

    @Test
    void an_address_that_is_no_page_shows_the_not_found_page() {
        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            ErrorPage missing = browser.visit("/no/such/page", ErrorPage::new);
            assertThat(missing.heading()).isEqualTo("页面不存在");
            missing.screenshots("not-found");
        }
    }
}
