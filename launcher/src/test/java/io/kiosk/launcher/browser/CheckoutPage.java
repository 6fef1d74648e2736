package io.kiosk.launcher.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The checkout page: where the goods go, whom to tell, the delivery region and its estimate, how to pay. */
public final class CheckoutPage extends FormPage {

    public CheckoutPage(Browser browser) {
        super(browser, By.cssSelector("main.checkout-page"));
    }

    /** Types a new delivery address (the page shows its fields when the customer has none saved). */
    public CheckoutPage newAddress(String recipient, String phone, String region, String city, String line1, String postalCode) {
        if (browser.has(By.id("savedAddress-new"))) {
            browser.find(By.cssSelector("label[for=savedAddress-new]")).click();
        }
        fill("address.recipient", recipient);
        fill("address.phone", phone);
        fill("address.region", region);
        fill("address.city", city);
        fill("address.line1", line1);
        fill("address.postalCode", postalCode);
        return this;
    }

    /** Chooses the delivery region by code; htmx redraws the estimate (when it is another region than shown). */
    public CheckoutPage deliverTo(String region) {
        Select regions = new Select(browser.find(By.id("region")));
        if (region.equals(regions.getFirstSelectedOption().getAttribute("value"))) {
            return this;
        }
        WebElement estimate = browser.find(By.id("estimate"));
        regions.selectByValue(region);
        browser.await(driver -> SearchPage.isStale(estimate));
        return this;
    }

    /** The delivery estimate as written. */
    public String estimate() {
        return text(By.id("estimate"));
    }

    /** Chooses how to pay: {@code CARD}, {@code ALIPAY} or {@code WECHAT_PAY}. */
    public CheckoutPage payWith(String method) {
        browser.find(By.cssSelector("label[for='paymentMethod-" + method + "']")).click();
        return this;
    }

    /** The total the page shows. */
    public String total() {
        return text(By.cssSelector("[data-checkout-total]"));
    }

    /** Places the order; the browser shows the payment step. */
    public PaymentPage placeOrder() {
        browser.find(By.id("place-order")).click();
        return browser.now(PaymentPage::new);
    }

    /** Places the order with an impatient double click; the browser shows the payment step. */
    public PaymentPage placeOrderWithADoubleClick() {
        new Actions(browser.driver()).doubleClick(browser.find(By.id("place-order"))).perform();
        return browser.now(PaymentPage::new);
    }

    /** Places the order with something the shop refuses; the browser shows the checkout again with the messages. */
    public CheckoutPage placeOrderRefused() {
        browser.find(By.id("place-order")).click();
        browser.find(By.cssSelector(".field-error, .form-errors"));
        return new CheckoutPage(browser);
    }
}
