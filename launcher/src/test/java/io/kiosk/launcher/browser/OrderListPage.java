package io.kiosk.launcher.browser;

import org.openqa.selenium.By;

import java.util.List;

/** The customer's order list. */
public final class OrderListPage extends StorefrontPage {

    public OrderListPage(Browser browser) {
        super(browser, By.cssSelector("main.orders-page"));
    }

    /** The orders listed, as their links read ("订单 5f0c3c57"). */
    public List<String> orders() {
        return browser.texts(By.cssSelector(".order-entry .order-link"));
    }
}
