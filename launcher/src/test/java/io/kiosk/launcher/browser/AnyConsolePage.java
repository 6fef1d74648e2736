package io.kiosk.launcher.browser;

import org.openqa.selenium.By;

/** Whichever console page the browser shows, for a screenshot or a look at its frame. */
public final class AnyConsolePage extends ConsolePage {

    public AnyConsolePage(Browser browser) {
        super(browser, By.cssSelector("main.console-page"));
    }
}
