package io.kiosk.launcher.browser;

import org.openqa.selenium.By;

/** The page that confirms an e-mail address with the mailed code (typed in, or brought by the mail's link). */
public final class VerifyPage extends FormPage {

    public VerifyPage(Browser browser) {
        super(browser, By.cssSelector("main.verify-page"));
    }

    /** The code the page holds (from the mail's link). */
    public String code() {
        return browser.read(By.name("token"), field -> field.getAttribute("value"));
    }

    /** Presses "confirm" (typing {@code code} first when given); the browser shows the login page. */
    public LoginPage confirm(String code) {
        if (code != null) {
            fill("token", code);
        }
        browser.find(By.cssSelector("main form[action='/account/verify'] button[type=submit]")).click();
        return browser.now(LoginPage::new);
    }
}
