package io.kiosk.launcher.browser;

import org.openqa.selenium.By;

import java.util.List;

/** A customer's order page, which the order's live stream redraws as the order moves on. */
public final class OrderPage extends StorefrontPage {

    public OrderPage(Browser browser) {
        super(browser, By.cssSelector("main.order-page"));
    }

    /** The status as written ("已付款"). */
    public String status() {
        return text(By.cssSelector("[data-order-status]"));
    }

    /** Waits, without reloading, until the status reads {@code status}. */
    public OrderPage awaitStatus(String status) {
        browser.await(driver -> driver.findElements(By.cssSelector("[data-order-status]")).stream()
                .anyMatch(badge -> badge.getText().equals(status)));
        return this;
    }

    /** The carrier and tracking number the shipment part shows, waiting for it to appear. */
    public List<String> shipment() {
        browser.find(By.cssSelector("[data-shipment]"));
        return List.of(text(By.cssSelector("[data-carrier]")), text(By.cssSelector("[data-tracking-number]")));
    }

    /** The payment status as written. */
    public String paymentStatus() {
        return text(By.cssSelector("[data-payment-status]"));
    }

    /** The refunds the page lists, as written. */
    public List<String> refunds() {
        return browser.texts(By.cssSelector(".refunds li"));
    }

    /** Follows "ask for a refund" (waiting for it: it appears when the order may be refunded). */
    public RefundRequestPage askForARefund() {
        browser.find(By.id("ask-refund")).click();
        return browser.now(RefundRequestPage::new);
    }
}
