package io.kiosk.launcher.browser;

import org.openqa.selenium.By;

import java.util.UUID;

/** The payment step of an order: the provider's page to open, or its code to scan; it follows the order live. */
public final class PaymentPage extends StorefrontPage {

    public PaymentPage(Browser browser) {
        super(browser, By.cssSelector("main.payment-page"));
    }

    /** The order being paid, from the page's link to it. */
    public UUID orderId() {
        String link = browser.read(By.cssSelector(".payment-facts a[href^='/orders/']"), anchor -> anchor.getAttribute("href"));
        return UUID.fromString(link.substring(link.lastIndexOf('/') + 1));
    }

    /** Waits until the step is {@code state} ({@code QR_CODE}, {@code REDIRECT}, {@code PAID}...), as it redraws itself. */
    public PaymentPage awaitStep(String state) {
        browser.find(By.cssSelector(".payment-step[data-payment-state='" + state + "']"));
        return this;
    }

    /** Whether the code to scan is shown as an image that loaded (waiting for it to load). */
    public boolean showsTheCodeAsAnImage() {
        try {
            return browser.await(driver -> Boolean.TRUE.equals(browser.script(
                    "var image = document.querySelector('.qr-code img'); return image !== null && image.complete && image.naturalWidth > 0")));
        } catch (AssertionError notLoaded) {
            return false;
        }
    }

    /** The text the code holds (what a phone scanning it would open). */
    public String code() {
        return text(By.id("payment-code"));
    }
}
