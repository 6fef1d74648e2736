package io.kiosk.launcher.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The form asking for money back for an order: which lines, how many, why, a note, with or without a return. */
public final class RefundRequestPage extends FormPage {

    public RefundRequestPage(Browser browser) {
        super(browser, By.cssSelector("main.refund-request-page"));
    }

    /** Chooses the reason by its code ({@code DAMAGED}...). */
    public RefundRequestPage because(String reason) {
        new Select(browser.find(By.id("reason"))).selectByValue(reason);
        return this;
    }

    /** Writes the note. */
    public RefundRequestPage note(String note) {
        fill("note", note);
        return this;
    }

    /** Says the goods will be sent back. */
    public RefundRequestPage withReturn() {
        browser.find(By.cssSelector("label[for=withReturn]")).click();
        return this;
    }

    /** Asks for the refund; the browser shows the refund's page. */
    public RefundPage request() {
        browser.find(By.id("request-refund")).click();
        return browser.now(RefundPage::new);
    }

    /** Asks with something missing; the browser shows the form again with the messages. */
    public RefundRequestPage requestRefused() {
        browser.find(By.id("request-refund")).click();
        browser.find(By.cssSelector(".field-error, .form-errors"));
        return new RefundRequestPage(browser);
    }
}
