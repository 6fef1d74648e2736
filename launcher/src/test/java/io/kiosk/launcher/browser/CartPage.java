package io.kiosk.launcher.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.function.Function;

/** The cart page. */
public final class CartPage extends StorefrontPage {

    public CartPage(Browser browser) {
        super(browser, By.cssSelector("main.cart-page"));
    }

    /** The lines' product names, in order. */
    public List<String> lines() {
        return browser.texts(By.cssSelector(".cart-line .line-name"));
    }

    /** The lines' options as written ("颜色：石墨黑 · 尺寸：大号"). */
    public List<String> options() {
        return browser.texts(By.cssSelector(".cart-line .options"));
    }

    /** The quantity of the line at {@code index} (from 0). */
    public int quantity(int index) {
        return Integer.parseInt(browser.findAll(By.cssSelector(".cart-line input[name=quantity]")).get(index).getAttribute("value"));
    }

    /** The cart's total, as written. */
    public String total() {
        return text(By.cssSelector("[data-cart-total]"));
    }

    /** Changes the quantity of the line at {@code index}; the cart page shows the result. */
    public CartPage changeQuantity(int index, int quantity) {
        WebElement line = browser.findAll(By.cssSelector(".cart-line")).get(index);
        WebElement field = line.findElement(By.name("quantity"));
        field.clear();
        field.sendKeys(Integer.toString(quantity));
        line.findElement(By.cssSelector("form.quantity button")).click();
        browser.await(driver -> SearchPage.isStale(line));
        return new CartPage(browser);
    }

    /** Removes the line at {@code index}. */
    public CartPage remove(int index) {
        WebElement line = browser.findAll(By.cssSelector(".cart-line")).get(index);
        line.findElement(By.cssSelector("button.link-button")).click();
        browser.await(driver -> SearchPage.isStale(line));
        return new CartPage(browser);
    }

    /** The question about a changed price, if the cart asks one. */
    public List<String> priceQuestions() {
        return browser.texts(By.cssSelector(".price-change p:first-child"));
    }

    /** Accepts the first changed price. */
    public CartPage acceptNewPrice() {
        browser.find(By.cssSelector(".price-change form[action$='/acceptance'] button")).click();
        browser.await(driver -> driver.findElements(By.cssSelector(".price-change")).isEmpty());
        return new CartPage(browser);
    }

    /** Goes on to checkout. */
    public <P extends StorefrontPage> P checkout(Function<Browser, P> next) {
        browser.find(By.cssSelector(".cart-summary a.button")).click();
        return browser.now(next);
    }
}
