package io.kiosk.launcher.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.Map;

/** One product in the back office: state, publish or withdraw, quote preview, stock per variant. */
final class ManagedProductPage extends ConsolePage {

    ManagedProductPage(Browser browser) {
        super(browser, By.cssSelector("main.managed-product"));
    }

    String state() {
        return text(By.cssSelector("main .section-head [data-state]"));
    }

    /** Presses publish (or withdraw, when it is on sale) and waits for the state to change. */
    ManagedProductPage togglePublication() {
        String before = state();
        browser.find(By.cssSelector("button.publication")).click();
        browser.await(driver -> !before.equals(new ManagedProductPage(browser).state()));
        return new ManagedProductPage(browser);
    }

    /** Previews the quote of {@code options} (group to choice). */
    ManagedProductPage preview(Map<String, String> options) {
        options.forEach((group, choice) -> new Select(browser.find(By.cssSelector(".preview-form select[name='option." + group + "']")))
                .selectByValue(choice));
        browser.find(By.cssSelector(".preview-form button[type=submit]")).click();
        return new ManagedProductPage(browser);
    }

    String previewUnitPrice() {
        return text(By.cssSelector(".quote-preview [data-unit-price]"));
    }

    /** Receives {@code units} of the variant {@code variant} (stock-relevant group to choice). */
    ManagedProductPage receive(Map<String, String> variant, int units) {
        variant.forEach((group, choice) -> new Select(browser.find(By.cssSelector(".stock-form select[name='option." + group + "']")))
                .selectByValue(choice));
        new Select(browser.find(By.id("stock-action"))).selectByValue("receive");
        type("quantity", String.valueOf(units));
        browser.find(By.cssSelector(".stock-form button[type=submit]")).click();
        return new ManagedProductPage(browser);
    }

    /** The units on hand the stock table shows for the variant written as {@code colour=white}. */
    String onHand(String variant) {
        return text(By.cssSelector("tr[data-variant='" + variant + "'] [data-on-hand]"));
    }
}
