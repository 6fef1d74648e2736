package io.kiosk.launcher.browser;

import org.openqa.selenium.By;

/** An error page of the storefront: not found, forbidden, unavailable, a fault of ours. */
public final class ErrorPage extends StorefrontPage {

    public ErrorPage(Browser browser) {
        super(browser, By.cssSelector("main.error-page"));
    }
}
