package io.kiosk.launcher.browser;

import org.openqa.selenium.By;

import java.util.List;

/** The home page: categories and popular products. */
public final class HomePage extends StorefrontPage {

    public HomePage(Browser browser) {
        super(browser, By.cssSelector("#popular-heading"));
    }

    /** The categories' names as shown. */
    public List<String> categories() {
        return browser.texts(By.cssSelector(".category-list a span:first-child"));
    }

    /** The popular products' names as shown. */
    public List<String> popularProducts() {
        return browser.texts(By.cssSelector(".product-card h3"));
    }
}
