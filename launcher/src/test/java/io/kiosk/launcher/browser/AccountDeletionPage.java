package io.kiosk.launcher.browser;

import org.openqa.selenium.By;

import java.util.Optional;

/** "Delete my account": what deleting means, and the password that confirms it. */
public final class AccountDeletionPage extends FormPage {

    private static final By SUBMIT = By.cssSelector("form[data-account-deletion] button[type=submit]");

    public AccountDeletionPage(Browser browser) {
        super(browser, By.cssSelector("main.account-deletion-page"));
    }

    /** Confirms with a password the shop refuses; the page is shown again, saying why. */
    public AccountDeletionPage deleteRefused(String password) {
        fill("password", password);
        browser.find(SUBMIT).click();
        browser.find(By.cssSelector(".form-errors, .field-error"));
        return new AccountDeletionPage(browser);
    }

    /** Confirms with the password: the account is deleted, and the browser shows the home page, logged out. */
    public HomePage delete(String password) {
        fill("password", password);
        browser.find(SUBMIT).click();
        return browser.now(HomePage::new);
    }

    /** What the page says is wrong with the password, on the field or the form. */
    public Optional<String> refusal() {
        return fieldError("password").or(this::formError);
    }
}
