package io.kiosk.launcher.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Any page of the storefront, as a shopper sees it: the frame every page has (language, header, search box, cart,
 * notices) and its heading. A page object for one kind of page extends it, checks in its constructor that the browser
 * shows that page, and names what a person can do there with methods that return the page they lead to:
 *
 * <pre>{@code
 * public final class OrderPage extends StorefrontPage {
 *     public OrderPage(Browser browser) {
 *         super(browser, By.cssSelector("main.order-page"));
 *     }
 *     public String status() {
 *         return text(By.cssSelector("[data-order-status]"));
 *     }
 * }
 * }</pre>
 */
public abstract class StorefrontPage {

    protected final Browser browser;

    /** Waits until the page shows {@code marker}, the element only this kind of page has. */
    protected StorefrontPage(Browser browser, By marker) {
        this.browser = browser;
        browser.find(marker);
    }

    /** The page's language, as its {@code lang} says: {@code zh-CN} or {@code en}. */
    public String language() {
        return browser.read(By.tagName("html"), html -> html.getAttribute("lang"));
    }

    /** The page's main heading. */
    public String heading() {
        return text(By.cssSelector("main h1"));
    }

    /** The page's title, as the browser tab shows it. */
    public String title() {
        return browser.driver().getTitle();
    }

    /** Everything the main part of the page says. */
    public String mainText() {
        return text(By.tagName("main"));
    }

    /** The notice at the top of the page (after a change: "you are logged in", "added to the cart"...), if any. */
    public Optional<String> notice() {
        return browser.texts(By.cssSelector("#notices .notice")).stream().findFirst();
    }

    /** Presses the language switch; the browser shows the same page in the other language. */
    public <P extends StorefrontPage> P switchLanguage(Function<Browser, P> samePage) {
        String before = language();
        browser.find(By.cssSelector("a.lang-switch")).click();
        browser.await(driver -> !before.equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
        return browser.now(samePage);
    }

    /** Types {@code words} in the header's search box and searches. */
    public <P extends StorefrontPage> P search(String words, Function<Browser, P> results) {
        WebElement box = browser.find(By.id("site-search-q"));
        box.clear();
        box.sendKeys(words);
        box.submit();
        return browser.now(results);
    }

    /**
     * Types {@code letters} into the header's search box without searching, and answers the names of the products it
     * suggests, once it suggests any.
     */
    public List<String> suggestionsFor(String letters) {
        WebElement box = browser.find(By.id("site-search-q"));
        box.clear();
        box.sendKeys(letters);
        return browser.await(driver -> {
            List<String> names = driver.findElements(By.cssSelector("#site-search-suggestions .suggestion-name")).stream()
                    .map(WebElement::getText).toList();
            return names.isEmpty() ? null : names;
        });
    }

    /** Walks the header's suggestions with the arrow keys to the one named {@code name} and opens it with Enter. */
    public <P extends StorefrontPage> P chooseSuggestion(String name, Function<Browser, P> page) {
        List<String> names = browser.texts(By.cssSelector("#site-search-suggestions .suggestion-name"));
        int at = names.indexOf(name);
        if (at < 0) {
            throw new AssertionError("no suggestion " + name + " among " + names);
        }
        WebElement box = browser.find(By.id("site-search-q"));
        for (int step = 0; step <= at; step++) {
            box.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
            box = browser.driver().switchTo().activeElement();
        }
        box.sendKeys(org.openqa.selenium.Keys.ENTER);
        return browser.now(page);
    }

    /** How many items the header's cart says the cart holds (0 when it shows none). */
    public int cartCount() {
        List<WebElement> badge = browser.findAll(By.cssSelector("#cart-link .badge"));
        return badge.isEmpty() ? 0 : Integer.parseInt(badge.get(0).getText().strip());
    }

    /** Whether the header shows a signed-in customer (their account link instead of "log in"). */
    public boolean signedIn() {
        return browser.has(By.cssSelector(".site-nav a[href='/account/profile']"));
    }

    /** Follows the header's link to {@code path}. */
    public <P extends StorefrontPage> P navigate(String path, Function<Browser, P> page) {
        browser.find(By.cssSelector(".site-nav a[href^='" + path + "']")).click();
        return browser.now(page);
    }

    /** Writes this page at the three screen sizes (see {@link Browser#screenshots}). */
    public List<Path> screenshots(String name) {
        return browser.screenshots(name);
    }

    /** The text of the first element matching {@code by}, read again if the live stream replaced it meanwhile. */
    protected String text(By by) {
        return browser.read(by, WebElement::getText);
    }
}
