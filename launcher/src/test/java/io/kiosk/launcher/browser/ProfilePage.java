package io.kiosk.launcher.browser;

import org.openqa.selenium.By;

/** The customer's profile page. */
public final class ProfilePage extends FormPage {

    public ProfilePage(Browser browser) {
        super(browser, By.cssSelector("main.profile-page"));
    }

    /** The e-mail address the profile shows (once the query side has the profile). */
    public String email() {
        return browser.await(driver -> driver.findElements(By.cssSelector("[data-profile-email]")).stream()
                .findFirst().map(element -> element.getText()).orElseGet(() -> {
                    driver.navigate().refresh();
                    return null;
                }));
    }

    /** Follows "delete my account" to its confirm step. */
    public AccountDeletionPage toAccountDeletion() {
        browser.find(By.cssSelector("a[data-delete-account]")).click();
        return browser.now(AccountDeletionPage::new);
    }
}
