package io.kiosk.launcher.browser;

import io.kiosk.launcher.KioskSystem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a shop must get right however the shopper clicks: an impatient double click on "place the order" places one
 * order, and an order is its customer's alone (another customer who has its address sees the not-found page, the
 * same as for an order that does not exist, so the address says nothing).
 */
@BrowserSuite
class OrderSafetyBrowserTest {

    private final KioskSystem kiosk;

    OrderSafetyBrowserTest(KioskSystem kiosk) {
        this.kiosk = kiosk;
    }

    @Test
    void a_double_click_on_place_the_order_places_one_order_which_no_other_customer_can_open() throws Exception {
        Customers.Customer mia = Customers.registered(kiosk, "Mia Wang");
        UUID order;
        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            browser.visit("/account/login", LoginPage::new).logIn(mia.email(), mia.password(), AnyPage::new);
            CartPage cart = browser.visit("/search?q=" + java.net.URLEncoder.encode("充电器", java.nio.charset.StandardCharsets.UTF_8),
                    SearchPage::new).open("KS 无线充电器 Pro").addToCart();
            assertThat(cart.total()).isEqualTo("¥199.00");
            PaymentPage payment = cart.checkout(CheckoutPage::new)
                    .newAddress("王米娅", "+8613800138000", "北京", "北京市", "朝阳区建国路 88 号", "100022")
                    .deliverTo("BJ").payWith("ALIPAY")
                    .placeOrderWithADoubleClick();
            order = payment.orderId();
            payment.awaitStep("REDIRECT");
            payment.screenshots("payment-alipay");

            OrderListPage mine = browser.visit("/orders", OrderListPage::new);
            // the list is read from the query side: give a second order, if one was placed, the time to show up
            Thread.sleep(Duration.ofSeconds(2).toMillis());
            mine = browser.visit("/orders", OrderListPage::new);
            assertThat(mine.orders()).containsExactly("订单 " + order.toString().substring(0, 8));
            mine.screenshots("orders");
        }

        Customers.Customer bo = Customers.registered(kiosk, "Bo Zhang");
        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            browser.visit("/account/login", LoginPage::new).logIn(bo.email(), bo.password(), AnyPage::new);
            ErrorPage notHis = browser.visit("/orders/" + order, ErrorPage::new);
            assertThat(notHis.heading()).isEqualTo("页面不存在");
            assertThat(notHis.mainText()).doesNotContain("¥199.00").doesNotContain("王米娅");
            ErrorPage noOrder = browser.visit("/orders/" + UUID.randomUUID(), ErrorPage::new);
            assertThat(noOrder.heading()).isEqualTo(notHis.heading());
        }
    }
}
