package io.kiosk.launcher.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.UUID;

/** The console's order search. */
public final class ConsoleSearch extends ConsolePage {

    public ConsoleSearch(Browser browser) {
        super(browser, By.cssSelector("form.order-search-form"));
    }

    /** Searches for {@code words} (in the search box, nothing else chosen) until {@code order} is among the results. */
    public ConsoleSearch searchUntilFound(String words, UUID order) {
        browser.await(driver -> {
            WebElement box = driver.findElement(By.id("q"));
            box.clear();
            box.sendKeys(words);
            driver.findElement(By.id("search-orders")).click();
            return browser.findAll(By.cssSelector("#search-results tr[data-order-id='" + order + "']")).isEmpty() ? null : true;
        });
        return this;
    }

    /** The orders found, by id. */
    public List<String> found() {
        return browser.findAll(By.cssSelector("#search-results tr[data-order-id]")).stream()
                .map(row -> row.getDomAttribute("data-order-id")).toList();
    }

    /** Opens {@code order} from the results. */
    public ConsoleOrder open(UUID order) {
        browser.find(By.cssSelector("#search-results tr[data-order-id='" + order + "'] a.open-order")).click();
        return browser.now(ConsoleOrder::new);
    }
}
