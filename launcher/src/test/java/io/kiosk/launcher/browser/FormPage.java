package io.kiosk.launcher.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Optional;

/** A page with a form: filling fields by their label's field name, and reading what the page says about them. */
public abstract class FormPage extends StorefrontPage {

    protected FormPage(Browser browser, By marker) {
        super(browser, marker);
    }

    /** Types {@code value} into the field named {@code name}, replacing what it held. */
    protected void fill(String name, String value) {
        WebElement field = browser.find(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    /** Presses the form's submit button. */
    protected void submit() {
        browser.find(By.cssSelector("main form button[type=submit]")).click();
    }

    /** The message shown next to the field named {@code name}, if any. */
    public Optional<String> fieldError(String name) {
        List<WebElement> errors = browser.findAll(By.id(name + "-error"));
        return errors.stream().map(WebElement::getText).findFirst();
    }

    /** Whether the field named {@code name} is marked invalid for assistive technology. */
    public boolean markedInvalid(String name) {
        return "true".equals(browser.read(By.name(name), field -> field.getAttribute("aria-invalid")));
    }

    /** The form's own error (not about one field), if any. */
    public Optional<String> formError() {
        return browser.texts(By.cssSelector(".form-errors")).stream().findFirst();
    }
}
