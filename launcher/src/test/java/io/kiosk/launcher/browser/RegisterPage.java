package io.kiosk.launcher.browser;

import org.openqa.selenium.By;

/** The registration page. */
public final class RegisterPage extends FormPage {

    public RegisterPage(Browser browser) {
        super(browser, By.cssSelector("main.register-page"));
    }

    /** Registers; the browser shows the page to confirm the address, which says a mail is on its way. */
    public VerifyPage register(String email, String name, String phone, String password) {
        fillIn(email, name, phone, password);
        return browser.now(VerifyPage::new);
    }

    /** Registers with something the shop refuses; the browser shows the form again with the messages. */
    public RegisterPage registerRefused(String email, String name, String phone, String password) {
        fillIn(email, name, phone, password);
        browser.find(By.cssSelector(".field-error, .form-errors"));
        return new RegisterPage(browser);
    }

    private void fillIn(String email, String name, String phone, String password) {
        fill("email", email);
        fill("name", name);
        fill("phone", phone);
        fill("password", password);
        submit();
    }
}
