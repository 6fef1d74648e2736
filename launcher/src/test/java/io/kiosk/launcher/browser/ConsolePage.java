package io.kiosk.launcher.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;

/**
 * A page of the staff console: the frame of every page, plus what console pages share: tables to read, and a
 * screenshot at desktop size (the console is worked at a desk), written as {@code <name>-desktop.png}.
 */
abstract class ConsolePage extends StorefrontPage {

    ConsolePage(Browser browser, By marker) {
        super(browser, marker);
    }

    /** The page at desktop size, top to bottom, as {@code <name>-desktop.png} in the screenshot directory. */
    Path desktopScreenshot(String name) {
        ScreenSize before = browser.size();
        try {
            browser.resize(ScreenSize.DESKTOP);
            return browser.screenshot(name + "-desktop");
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

    /** The message shown at the field or part named {@code path}, if any. */
    java.util.Optional<String> message(String path) {
        return browser.findAll(By.id(path + "-error")).stream().map(WebElement::getText).findFirst();
    }

    /** The form's own error (not about one field), if any. */
    java.util.Optional<String> formError() {
        return browser.findAll(By.cssSelector(".form-errors")).stream().map(WebElement::getText).findFirst();
    }
}
