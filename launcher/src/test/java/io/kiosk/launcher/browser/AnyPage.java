package io.kiosk.launcher.browser;

import org.openqa.selenium.By;

/** Whatever storefront page the browser shows (after a step whose destination belongs to another part of the shop). */
public final class AnyPage extends StorefrontPage {

    public AnyPage(Browser browser) {
        super(browser, By.cssSelector("main#main"));
    }
}
