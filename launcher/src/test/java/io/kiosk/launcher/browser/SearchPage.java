package io.kiosk.launcher.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Optional;

/** The search page: its own search box, the facets, the order, the results. */
public final class SearchPage extends StorefrontPage {

    public SearchPage(Browser browser) {
        super(browser, By.id("search-panel"));
    }

    /** The names of the products found, as the cards show them. */
    public List<String> results() {
        return browser.texts(By.cssSelector("#hits .product-card h3"));
    }

    /** The text the page offers with "did you mean", if it offers one. */
    public Optional<String> didYouMean() {
        return browser.texts(By.cssSelector("#did-you-mean a")).stream().findFirst();
    }

    /** The heading of what the page shows instead when nothing was found, if it shows anything. */
    public Optional<String> fallbackHeading() {
        return browser.texts(By.id("fallback-title")).stream().findFirst();
    }

    /** The names of the products shown instead when nothing was found. */
    public List<String> fallbackProducts() {
        return browser.texts(By.cssSelector("#fallback .product-card h3"));
    }

    /** Follows the "did you mean" link. */
    public SearchPage followDidYouMean() {
        browser.find(By.cssSelector("#did-you-mean a")).click();
        browser.await(driver -> driver.findElements(By.id("did-you-mean")).isEmpty());
        return new SearchPage(browser);
    }

    /** What the page says it found ("找到 3 件商品"). */
    public String count() {
        return text(By.id("result-count"));
    }

    /** Ticks "in stock only" (htmx redraws the results in place). */
    public SearchPage onlyInStock() {
        return redrawnAfter(() -> browser.find(By.cssSelector("label[for=in-stock]")).click());
    }

    /** Chooses the category shown as {@code name}. */
    public SearchPage category(String name) {
        return redrawnAfter(() -> browser.findAll(By.cssSelector("input[name=category]")).stream()
                .map(input -> browser.find(By.cssSelector("label[for='" + input.getAttribute("id") + "']")))
                .filter(label -> label.getText().contains(name)).findFirst().orElseThrow().click());
    }

    /** Opens the product whose card shows {@code name}. */
    public ProductPage open(String name) {
        browser.findAll(By.cssSelector("#search-panel .product-card h3 a")).stream()
                .filter(link -> link.getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no product " + name + " among " + results())).click();
        return browser.now(ProductPage::new);
    }

    private SearchPage redrawnAfter(Runnable action) {
        WebElement panel = browser.find(By.id("search-panel"));
        action.run();
        browser.await(driver -> isStale(panel));
        return new SearchPage(browser);
    }

    static boolean isStale(WebElement element) {
        try {
            element.isDisplayed();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            return true;
        }
    }
}
