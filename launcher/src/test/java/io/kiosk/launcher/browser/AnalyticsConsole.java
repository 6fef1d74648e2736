package io.kiosk.launcher.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The analysts' dashboard: charts, each with its table and its CSV download. */
final class AnalyticsConsole extends ConsolePage {

    AnalyticsConsole(Browser browser) {
        super(browser, By.cssSelector("main.analytics-page"));
    }

    /** The rows of the table named {@code table} ({@code sales-by-day}, {@code funnel}...). */
    List<List<String>> table(String table) {
        return rows(By.cssSelector("table[data-table='" + table + "']"));
    }

    /** How many bars of the panel {@code panel} have a length (a value above 0). */
    long barsDrawn(String panel) {
        return browser.findAll(By.cssSelector("#" + panel + " svg .bar rect")).stream()
                .filter(bar -> Integer.parseInt(bar.getAttribute("width")) > 0).count();
    }

    /** The tooltips of the line chart's points (day: value). */
    List<String> linePoints(String panel) {
        return browser.findAll(By.cssSelector("#" + panel + " svg circle title")).stream()
                .map(title -> title.getAttribute("textContent")).toList();
    }

    /** The heat map's cells that are shaded (an hour of a weekday with orders), as their tooltips. */
    List<String> heatedCells() {
        return browser.findAll(By.cssSelector("#heatmap svg rect")).stream()
                .filter(cell -> !"#f6f8fa".equals(cell.getAttribute("fill")))
                .map(cell -> cell.findElement(By.tagName("title")).getAttribute("textContent")).toList();
    }

    /**
     * Downloads the CSV of {@code panel} as the browser would (same session, the link's own address) and answers its
     * text; a headless browser keeps no download folder we could read, so the page fetches it.
     */
    String downloadCsv(String panel) {
        WebElement link = browser.find(By.cssSelector("#" + panel + " a.csv-link"));
        Object text = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(answer => answer.ok ? answer.text() : 'HTTP ' + answer.status)
                    .then(done, failure => done('failed: ' + failure));""", link.getAttribute("href"));
        return String.valueOf(text);
    }
}
