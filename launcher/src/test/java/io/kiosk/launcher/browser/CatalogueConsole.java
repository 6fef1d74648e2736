package io.kiosk.launcher.browser;

import org.openqa.selenium.By;

import java.util.List;

/** The back office's catalogue: every product with its state and stock. */
final class CatalogueConsole extends ConsolePage {

    CatalogueConsole(Browser browser) {
        super(browser, By.cssSelector("main.catalogue-admin"));
    }

    /** The state the list shows for {@code productId} (草稿, 在售, 已下架). */
    String state(String productId) {
        return text(By.cssSelector("tr[data-product='" + productId + "'] [data-state]"));
    }

    /** The list's rows' texts. */
    List<List<String>> products() {
        return rows(By.cssSelector("table.managed-products"));
    }

    ProductEditorPage defineProduct() {
        browser.find(By.cssSelector("main a[href='/admin/catalogue/new']")).click();
        return new ProductEditorPage(browser);
    }
}
