package io.kiosk.launcher.browser;

import org.openqa.selenium.By;

import java.time.Duration;

/** One projection's page, whose progress bar htmx redraws every second while a rebuild runs. */
final class ProjectionConsole extends ConsolePage {

    ProjectionConsole(Browser browser) {
        super(browser, By.cssSelector("main.projection-page"));
    }

    /** The progress bar's value, 0 to 100. */
    int percent() {
        return Integer.parseInt(browser.find(By.id("replay-bar")).getAttribute("value"));
    }

    /** The line over the bar: events done of total, and the percentage. */
    String events() {
        return text(By.cssSelector("label[for=replay-bar]"));
    }

    String status() {
        return text(By.cssSelector("[data-projection-status]"));
    }

    /** Waits, without reloading, until the page says the rebuild is done, reading the bar every time it is redrawn. */
    ProjectionConsole awaitRebuilt(java.util.function.IntConsumer everyPercentSeen) {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            if (browser.has(By.id("replay-bar"))) {
                try {
                    everyPercentSeen.accept(percent());
                } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                    continue;
                }
            }
            if (browser.has(By.cssSelector("[data-rebuild-done]"))) {
                return this;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
        throw new AssertionError("the rebuild did not finish within 120 s; the page says: " + mainText());
    }
}
