package io.kiosk.launcher.browser;

import org.openqa.selenium.By;

/** A refund's page: where it stands, what was asked, the return parcel. */
public final class RefundPage extends StorefrontPage {

    public RefundPage(Browser browser) {
        super(browser, By.cssSelector("main.refund-page"));
    }

    /** The refund's status as written ("待审核"). */
    public String status() {
        return text(By.cssSelector("[data-refund-status]"));
    }
}
