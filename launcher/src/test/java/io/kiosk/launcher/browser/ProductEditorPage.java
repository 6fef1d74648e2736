package io.kiosk.launcher.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The product form: fields named by their path in the definition ({@code definition.optionGroups[1].choices[0].requires}),
 * buttons that add a group or a choice (the form comes back with it), and save.
 */
final class ProductEditorPage extends ConsolePage {

    ProductEditorPage(Browser browser) {
        super(browser, By.cssSelector("main.product-editor"));
    }

    ProductEditorPage set(String path, String value) {
        type(path, value);
        return this;
    }

    ProductEditorPage choose(String path, String value) {
        new Select(browser.find(By.name(path))).selectByValue(value);
        return this;
    }

    ProductEditorPage tick(String path, boolean on) {
        WebElement box = browser.find(By.cssSelector("input[type=checkbox][name='" + path + "']"));
        if (box.isSelected() != on) {
            box.click();
        }
        return this;
    }

    /** A group's and choice's field path: {@code group(1, "id")}, {@code choice(1, 0, "leadDays")}. */
    static String group(int group, String field) {
        return "definition.optionGroups[" + group + "]." + field;
    }

    static String choice(int group, int choice, String field) {
        return group(group, "choices[" + choice + "]." + field);
    }

    ProductEditorPage addGroup() {
        return press("add-group");
    }

    ProductEditorPage addChoice(int group) {
        return press("add-choice-" + group);
    }

    private ProductEditorPage press(String change) {
        return press(By.cssSelector("button[name=change][value='" + change + "']:not(.visually-hidden)"));
    }

    private ProductEditorPage press(By which) {
        WebElement button = browser.find(which);
        button.click();
        browser.await(driver -> !isAttached(button));
        return new ProductEditorPage(browser);
    }

    /** Saves; the form comes back with the API's refusals at their fields. */
    ProductEditorPage saveRefused() {
        return press(By.cssSelector("button.save-product"));
    }

    /** Saves; the product's page follows. */
    ManagedProductPage save() {
        browser.find(By.cssSelector("button.save-product")).click();
        return new ManagedProductPage(browser);
    }


    private static boolean isAttached(WebElement element) {
        try {
            element.isEnabled();
            return true;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return false;
        }
    }
}
