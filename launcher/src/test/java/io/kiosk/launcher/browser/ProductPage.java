package io.kiosk.launcher.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/** A product page: the configurator and its quote, which htmx redraws on every change. */
public final class ProductPage extends StorefrontPage {

    public ProductPage(Browser browser) {
        super(browser, By.id("configurator"));
    }

    /** Picks {@code choice} of the single-choice group {@code group} (ids, as the catalogue has them). */
    public ProductPage choose(String group, String choice) {
        return requotedAfter(() -> browser.find(By.cssSelector("label[for='option-" + group + "-" + choice + "']")).click());
    }

    /** Ticks (or unticks) {@code choice} of the multiple-choice group {@code group}. */
    public ProductPage tick(String group, String choice) {
        return choose(group, choice);
    }

    /** Chooses where the goods go, by region code. */
    public ProductPage deliverTo(String region) {
        return requotedAfter(() -> new Select(browser.find(By.id("region"))).selectByValue(region));
    }

    /** Types the text of a text option (an engraving). */
    public ProductPage write(String group, String text) {
        return requotedAfter(() -> browser.find(By.id("option-" + group)).sendKeys(text));
    }

    /** The unit price the quote shows, as written ("¥267.90"). */
    public String unitPrice() {
        return text(By.cssSelector("#quote [data-unit-price]"));
    }

    /** The quote's total. */
    public String total() {
        return text(By.cssSelector("#quote [data-total]"));
    }

    /** The delivery window the quote shows. */
    public String delivery() {
        return text(By.cssSelector("#quote [data-delivery]"));
    }

    /** Whether the quote shows a delivery window (a sold-out configuration has none). */
    public boolean promisesDelivery() {
        return browser.has(By.cssSelector("#quote [data-delivery]"));
    }

    /** The stock badge the quote shows. */
    public String stock() {
        return text(By.cssSelector("#quote [data-stock]"));
    }

    /** Why the configuration cannot be ordered, one line per broken rule (empty when it can). */
    public List<String> problems() {
        return browser.texts(By.cssSelector("#quote .quote-problem li"));
    }

    /** The choices marked as conflicting, as {@code group-choice}. */
    public List<String> marked() {
        return browser.findAll(By.cssSelector(".choice.conflict input")).stream()
                .map(input -> input.getAttribute("id").replaceFirst("^option-", "")).toList();
    }

    /** Whether the "add to cart" button can be pressed. */
    public boolean canAddToCart() {
        return browser.find(By.cssSelector("#quote .add-to-cart button")).isEnabled();
    }

    /** Puts the configuration in the cart at the price shown; the browser shows the cart. */
    public CartPage addToCart() {
        browser.find(By.cssSelector("#quote .add-to-cart button")).click();
        return browser.now(CartPage::new);
    }

    private ProductPage requotedAfter(Runnable change) {
        WebElement quote = browser.find(By.id("quote"));
        change.run();
        browser.await(driver -> SearchPage.isStale(quote));
        // htmx settles the swap (and kiosk.js marks conflicts) after the request is done
        browser.await(driver -> driver.findElements(By.cssSelector(".htmx-request, .htmx-settling")).isEmpty());
        return this;
    }
}
