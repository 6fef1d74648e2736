package io.kiosk.launcher.browser;

import org.openqa.selenium.By;

import java.util.function.Function;

/** The login page. */
public final class LoginPage extends FormPage {

    public LoginPage(Browser browser) {
        super(browser, By.cssSelector("form[action='/account/login']"));
    }

    /** Logs in; the browser then shows the page the login was asked for (or the home page). */
    public <P extends StorefrontPage> P logIn(String email, String password, Function<Browser, P> next) {
        fill("email", email);
        fill("password", password);
        submit();
        return browser.now(next);
    }

    /** Follows "no account yet? register", which keeps the page to come back to. */
    public RegisterPage toRegistration() {
        browser.find(By.cssSelector("main a[href^='/account/register']")).click();
        return browser.now(RegisterPage::new);
    }

    /** Logs in with something the shop refuses; the browser shows the login page again, saying why. */
    public LoginPage logInRefused(String email, String password) {
        fill("email", email);
        fill("password", password);
        submit();
        browser.find(By.cssSelector(".form-errors, .field-error"));
        return new LoginPage(browser);
    }
}
