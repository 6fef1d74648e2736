package io.kiosk.launcher.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Any page of the console ({@code /admin}), as a member of staff sees it: the menu of what their role may open, the
 * notices and refusals, and screenshots at desktop size (staff work at desks).
 */
public abstract class ConsolePage extends StorefrontPage {

    protected ConsolePage(Browser browser, By marker) {
        super(browser, marker);
        browser.find(By.cssSelector("body.console"));
    }

    /** The menu's entries, as written. */
    public List<String> menu() {
        return browser.findAll(By.cssSelector(".console-menu a")).stream().map(WebElement::getText).toList();
    }

    /** The menu's addresses. */
    public List<String> menuLinks() {
        return browser.findAll(By.cssSelector(".console-menu a")).stream().map(link -> link.getDomAttribute("href")).toList();
    }

    /** What the API refused, as the page says it, if it did. */
    public Optional<String> refusal() {
        return browser.findAll(By.id("refusal")).stream().map(WebElement::getText).findFirst();
    }

    /** Writes the page at desktop size to {@code admin-<name>-desktop.png}. */
    public Path screenshot(String name) {
        ScreenSize before = browser.size();
        try {
            browser.resize(ScreenSize.DESKTOP);
            return browser.screenshot("admin-" + name + "-" + ScreenSize.DESKTOP.fileName());
        } finally {
            browser.resize(before);
        }
    }

    /** Each row's cells' texts of the table matching {@code table}. */
    List<List<String>> rows(By table) {
        return browser.await(driver -> driver.findElement(table)).findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    /** Types {@code value} into the field named {@code name}, replacing what it held. */
    void type(String name, String value) {
        WebElement field = browser.find(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    /** The message shown at the field or part named {@code path} (its element {@code <path>-error}), if any. */
    Optional<String> message(String path) {
        return browser.findAll(By.id(path + "-error")).stream().map(WebElement::getText).findFirst();
    }

    /** Whether the field named {@code name} is marked invalid for assistive technology. */
    boolean markedInvalid(String name) {
        return "true".equals(browser.find(By.name(name)).getAttribute("aria-invalid"));
    }
}
