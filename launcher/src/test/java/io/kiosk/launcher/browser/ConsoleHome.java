package io.kiosk.launcher.browser;

import org.openqa.selenium.By;

/** The console's home: the work lists' counts, which update by themselves. */
public final class ConsoleHome extends ConsolePage {

    public ConsoleHome(Browser browser) {
        super(browser, By.cssSelector("main.console-page h1"));
    }

    /** The count the home shows for the work list {@code slug} ({@code to-pick}, {@code held-payments}...). */
    public long count(String slug) {
        return Long.parseLong(browser.find(By.id("count-" + slug)).getDomAttribute("data-count"));
    }

    /** Waits, without reloading, until the work list {@code slug} counts at least {@code atLeast}. */
    public ConsoleHome awaitCount(String slug, long atLeast) {
        browser.await(driver -> Long.parseLong(driver.findElement(By.id("count-" + slug)).getDomAttribute("data-count")) >= atLeast);
        return this;
    }
}
