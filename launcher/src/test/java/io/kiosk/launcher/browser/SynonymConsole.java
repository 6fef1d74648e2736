package io.kiosk.launcher.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Optional;

/** The synonyms of product search: every set in a row whose words can be changed in place, and a form for a new set. */
final class SynonymConsole extends ConsolePage {

    SynonymConsole(Browser browser) {
        super(browser, By.cssSelector("main.synonyms-page"));
    }

    /** The ids of the sets, as the table lists them. */
    List<String> sets() {
        return browser.findAll(By.cssSelector("table.synonym-sets tbody tr")).stream()
                .map(row -> row.getAttribute("data-set")).toList();
    }

    /** The words the row of set {@code id} holds, as its field shows them. */
    String terms(String id) {
        return browser.read(By.id("terms-" + id), field -> field.getAttribute("value"));
    }

    /** Types {@code terms} over the words of set {@code id} and saves them. */
    SynonymConsole change(String id, String terms) {
        WebElement field = browser.find(By.id("terms-" + id));
        field.clear();
        field.sendKeys(terms);
        browser.find(By.cssSelector("tr[data-set='" + id + "'] form.synonym-edit button[type=submit]")).click();
        return browser.now(SynonymConsole::new);
    }

    /** Fills the new-set form with {@code terms} and adds it. */
    SynonymConsole add(String terms) {
        WebElement field = browser.find(By.cssSelector("form.synonym-new input[name=terms]"));
        field.clear();
        field.sendKeys(terms);
        browser.find(By.cssSelector("form.synonym-new button[type=submit]")).click();
        return browser.now(SynonymConsole::new);
    }

    /** The refusal shown at the new set's words, if any. */
    Optional<String> newSetRefusal() {
        return message("terms");
    }

    /** The refusal shown at the words of set {@code id}, if any. */
    Optional<String> refusalOf(String id) {
        return message("terms-" + id);
    }
}
