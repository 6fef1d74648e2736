package io.kiosk.launcher.browser;

import io.kiosk.launcher.KioskSystem;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper's first visit, in Chinese on a phone-sized screen and in a real browser against the whole running system:
 * search in Chinese, configure the charger (a choice the rules forbid is explained, a valid one is priced, and the
 * delivery window follows the region), fill the cart as a visitor, meet the login at checkout, register (a password
 * the shop refuses is said at its field), confirm the address through the mail's link, log in, and find the cart
 * kept, and the same cart in English; then check out (a phone number the shop refuses is said at its field), pay with
 * WeChat Pay's code through the sandbox and watch the order page turn paid, shipped and delivered by itself while the
 * back office works, and ask for a refund. Screenshots of every page at the three sizes go to web/target/screenshots.
 */
@BrowserSuite
class ShoppingJourneyBrowserTest {

    private final KioskSystem kiosk;

    ShoppingJourneyBrowserTest(KioskSystem kiosk) {
        this.kiosk = kiosk;
    }

    @Test
    void a_visitor_configures_registers_keeps_the_cart_pays_follows_the_order_and_asks_for_a_refund() throws Exception {
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
            assertThat(charger.marked()).as("the rule is kept now: no choice marked").isEmpty();
            charger.choose("colour", "rose");
            assertThat(charger.stock()).as("rose gold, large: none in stock, and no promise of delivery").isEqualTo("已售完");
            assertThat(charger.promisesDelivery()).isFalse();
            assertThat(charger.canAddToCart()).isFalse();
            charger.choose("colour", "graphite");
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

            CheckoutPage checkout = english.switchLanguage(CartPage::new).checkout(CheckoutPage::new);
            assertThat(checkout.total()).isEqualTo("¥535.80");
            checkout.newAddress("林伟", "12345", "上海", "上海市", "静安区南京西路 1266 号", "200040").deliverTo("SH").payWith("WECHAT_PAY");
            assertThat(checkout.estimate()).contains("上海");
            CheckoutPage refusedCheckout = checkout.placeOrderRefused();
            assertThat(refusedCheckout.fieldError("address.phone")).hasValueSatisfying(message -> assertThat(message).contains("手机号码"));
            assertThat(refusedCheckout.markedInvalid("address.phone")).isTrue();
            refusedCheckout.screenshots("checkout-refused");

            PaymentPage payment = refusedCheckout.newAddress("林伟", "+8613900139000", "上海", "上海市", "静安区南京西路 1266 号",
                    "200040").placeOrder().awaitStep("QR_CODE");
            assertThat(payment.showsTheCodeAsAnImage()).as("WeChat Pay's code_url drawn as a QR code").isTrue();
            payment.screenshots("payment-wechat");
            UUID order = payment.orderId();
            String code = payment.code();

            OrderPage page = browser.visit("/orders/" + order, OrderPage::new);
            assertThat(page.status()).isIn("已下单", "待付款");
            browser.script("window.kioskStillHere = true");
            scanAndPay(browser, code);
            page.awaitStatus("已付款");
            assertThat(page.paymentStatus()).isEqualTo("已付款");
            page.screenshots("order-paid");

            BackOffice backOffice = BackOffice.of(kiosk);
            backOffice.ship(order, "顺丰速运", "SF1357924680");
            assertThat(page.awaitStatus("已发货").shipment()).containsExactly("顺丰速运", "SF1357924680");
            page.screenshots("order-shipped");
            backOffice.delivered(order);
            page.awaitStatus("已送达");
            assertThat(browser.script("return window.kioskStillHere === true")).as("no reload: the live stream redrew it")
                    .isEqualTo(true);

            RefundRequestPage asking = page.askForARefund();
            RefundRequestPage incomplete = asking.requestRefused();
            assertThat(incomplete.fieldError("reason")).contains("请选择退款原因。");
            RefundPage refund = incomplete.because("DAMAGED").note("底座有一道裂痕").withReturn().request();
            assertThat(refund.status()).isEqualTo("待审核");
            refund.screenshots("refund");
            assertThat(browser.visit("/orders/" + order, OrderPage::new).refunds()).singleElement().asString().contains("待审核");
        }
    }

    /** Scans the code with a phone: here, its address opened in another tab, where the sandbox's "Pay" is pressed. */
    private static void scanAndPay(Browser browser, String code) {
        String shop = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.driver().get(code);
        browser.find(By.cssSelector("button[value=pay]")).click();
        browser.await(driver -> driver.findElement(By.tagName("h1")).getText().equals("Paid"));
        browser.driver().close();
        browser.driver().switchTo().window(shop);
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
