package io.kiosk.launcher.browser;

import org.openqa.selenium.By;

import java.util.List;

/** Operations: every projection with state, position, lag and dead letters; rebuilds start here. */
final class OperationsConsole extends ConsolePage {

    OperationsConsole(Browser browser) {
        super(browser, By.cssSelector("main.operations-page"));
    }

    /** The projections' rows: name, state, position, lag, segments, dead letters, last rebuild. */
    List<List<String>> projections() {
        return rows(By.cssSelector("table.projections"));
    }

    /** Presses the rebuild button of {@code projection}; its own page follows the rebuild. */
    ProjectionConsole rebuild(String projection) {
        browser.find(By.cssSelector("tr[data-projection='" + projection + "'] button[type=submit]")).click();
        return new ProjectionConsole(browser);
    }
}
