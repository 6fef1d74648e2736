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

    /**
     * Searches for {@code words} (in the search box, nothing else chosen), again every second until {@code order} is
     * among the results: the search index follows the orders a moment later.
     */
    public ConsoleSearch searchUntilFound(String words, UUID order) throws InterruptedException {
        By hit = By.cssSelector("#search-results tr[data-order-id='" + order + "']");
        long deadline = System.nanoTime() + Browser.PATIENCE.toNanos();
        do {
            WebElement box = browser.find(By.id("q"));
            box.clear();
            box.sendKeys(words);
            browser.find(By.id("search-orders")).click();
            Thread.sleep(1000);
            browser.await(driver -> Boolean.TRUE.equals(browser.script("return document.querySelector('.htmx-request') === null")));
        } while (browser.findAll(hit).isEmpty() && System.nanoTime() < deadline);
        browser.find(hit);
        return this;
    }

    /** The orders found, by id (read again if htmx redrew the results meanwhile). */
    public List<String> found() {
        return browser.await(driver -> driver.findElements(By.cssSelector("#search-results tr[data-order-id]")).stream()
                .map(row -> row.getDomAttribute("data-order-id")).toList());
    }

    /** Opens {@code order} from the results. */
    public ConsoleOrder open(UUID order) {
        browser.find(By.cssSelector("#search-results tr[data-order-id='" + order + "'] a.open-order")).click();
        return browser.now(ConsoleOrder::new);
    }
}
