package io.kiosk.launcher.browser;

import io.kiosk.launcher.KioskSystem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper's first visit, in Chinese on a phone-sized screen and in a real browser against the whole running system:
 * search in Chinese, configure the charger (a choice the rules forbid is explained, a valid one is priced, and the
 * delivery window follows the region), fill the cart as a visitor, meet the login at checkout, register (a password
 * the shop refuses is said at its field), confirm the address through the mail's link, log in, and find the cart
 * kept; then the same cart in English. Screenshots of every page at the three sizes go to web/target/screenshots.
 */
@BrowserSuite
class ShoppingJourneyBrowserTest {

    private final KioskSystem kiosk;

    ShoppingJourneyBrowserTest(KioskSystem kiosk) {
        this.kiosk = kiosk;
    }

    @Test
    void a_visitor_configures_fills_a_cart_registers_and_keeps_the_cart() throws Exception {
        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            browser.resize(ScreenSize.PHONE);
            HomePage home = browser.visit("/", HomePage::new);
            SearchPage found = home.search("充电器", SearchPage::new);
            assertThat(found.results()).contains("KS 无线充电器 Pro");
            found.screenshots("search");

            ProductPage charger = found.open("KS 无线充电器 Pro");
            assertThat(charger.heading()).isEqualTo("KS 无线充电器 Pro");
            assertThat(charger.unitPrice()).as("graphite, small (the first choices): the base price").isEqualTo("¥199.00");

            charger.tick("functions", "wireless");
            assertThat(charger.problems()).containsExactly("功能：无线充电 需要搭配 尺寸：大号");
            assertThat(charger.marked()).contains("functions-wireless", "size-L");
            assertThat(charger.canAddToCart()).isFalse();
            charger.screenshots("product-forbidden");

            charger.choose("size", "L");
            assertThat(charger.problems()).isEmpty();
            assertThat(charger.unitPrice()).isEqualTo("¥267.90");
            assertThat(charger.stock()).isEqualTo("有货");
            String toShanghai = charger.delivery();
            assertThat(toShanghai).contains("上海");
            charger.deliverTo("XJ");
            assertThat(charger.delivery()).contains("新疆").isNotEqualTo(toShanghai);
            assertThat(browser.path()).as("the configuration is a link").contains("option.size=L").contains("region=XJ");
            charger.screenshots("product");

            CartPage cart = charger.addToCart();
            assertThat(cart.lines()).containsExactly("KS 无线充电器 Pro");
            assertThat(cart.options()).singleElement().asString().contains("尺寸：大号").contains("功能：无线充电");
            assertThat(cart.total()).isEqualTo("¥267.90");
            cart = cart.changeQuantity(0, 2);
            assertThat(cart.total()).isEqualTo("¥535.80");
            assertThat(cart.cartCount()).isEqualTo(2);
            cart.screenshots("cart");

            LoginPage login = cart.checkout(LoginPage::new);
            assertThat(browser.path()).isEqualTo("/account/login?next=%2Fcheckout");
            RegisterPage registration = login.toRegistration();
            String email = Customers.newAddress("Lin Wei");
            RegisterPage refused = registration.registerRefused(email, "林伟", "+8613900139000", "short");
            assertThat(refused.fieldError("password")).contains("密码至少需要 10 个字符，且不能与邮箱相同。");
            assertThat(refused.markedInvalid("password")).isTrue();
            refused.screenshots("register-refused");

            VerifyPage verify = refused.register(email, "林伟", "+8613900139000", Customers.PASSWORD);
            assertThat(verify.notice()).hasValueSatisfying(notice -> assertThat(notice).contains(email));
            String link = Customers.mailedLink(kiosk, email, java.time.Duration.ofSeconds(30));
            assertThat(link).startsWith(kiosk.webApp() + "/account/verify?token=");

            VerifyPage fromTheMail = browser.visit(link.substring(kiosk.webApp().toString().length()), VerifyPage::new);
            assertThat(fromTheMail.code()).isNotBlank();
            fromTheMail.screenshots("verify");
            LoginPage confirmed = fromTheMail.confirm(null);
            assertThat(confirmed.notice()).contains("邮箱已确认，请登录。");
            // the login goes on to the checkout (the page the shopper was on the way to)
            confirmed.logIn(email, Customers.PASSWORD, AnyPage::new);
            assertThat(browser.path()).isEqualTo("/checkout");

            CartPage kept = browser.visit("/cart", CartPage::new);
            assertThat(kept.signedIn()).isTrue();
            assertThat(kept.lines()).containsExactly("KS 无线充电器 Pro");
            assertThat(kept.quantity(0)).isEqualTo(2);
            assertThat(kept.total()).isEqualTo("¥535.80");

            CartPage english = kept.switchLanguage(CartPage::new);
            assertThat(english.heading()).isEqualTo("Cart");
            assertThat(english.options()).singleElement().asString().contains("Size: Large").contains("Functions: Wireless charging");
            assertThat(english.total()).isEqualTo("¥535.80");
            english.screenshots("cart-en");
        }
    }

    @Test
    void search_redraws_in_place_with_htmx_and_works_as_a_plain_link() {
        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            SearchPage all = browser.visit("/search", SearchPage::new);
            int everything = all.results().size();
            assertThat(everything).isGreaterThan(8);
            browser.script("window.kioskStillHere = true");

            SearchPage locks = all.category("智能门锁").onlyInStock();
            assertThat(browser.script("return window.kioskStillHere === true")).as("no page load: htmx redrew it").isEqualTo(true);
            assertThat(browser.path()).contains("category=smart-locks").contains("inStock=true");
            assertThat(locks.results()).isNotEmpty().hasSizeLessThan(everything);

            SearchPage linked = browser.visit(browser.path(), SearchPage::new);
            assertThat(linked.results()).containsExactlyElementsOf(locks.results());
        }
    }
}
