package io.kiosk.launcher.browser;

import io.kiosk.client.command.model.Role;
import io.kiosk.launcher.KioskSystem;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.kiosk.launcher.browser.ProductEditorPage.choice;
import static io.kiosk.launcher.browser.ProductEditorPage.group;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A back-office clerk, in Chinese at a desk, defines a desk lamp in the product form: two option groups built in the
 * form (a colour that tells stock apart, a dimmer with a lead time and a rule), a rule the API refuses shown at its
 * field, then saved as a draft, its quote previewed, published, and stock received. Screenshots of each page.
 */
@BrowserSuite
class CatalogueConsoleBrowserTest {

    private final KioskSystem kiosk;

    CatalogueConsoleBrowserTest(KioskSystem kiosk) {
        this.kiosk = kiosk;
    }

    @Test
    void the_back_office_defines_a_product_with_a_rule_publishes_it_and_receives_stock() throws Exception {
        Staff.Member clerk = Staff.account(kiosk, Role.BACK_OFFICE);
        String lamp = "ks-lamp-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            CatalogueConsole catalogue = browser.visit("/account/login?next=%2Fadmin%2Fcatalogue", LoginPage::new)
                    .logIn(clerk.email(), clerk.password(), CatalogueConsole::new);
            assertThat(catalogue.heading()).isEqualTo("商品管理");
            assertThat(catalogue.state("ks-charger-pro")).isEqualTo("在售");

            ProductEditorPage form = catalogue.defineProduct()
                    .set("productId", lamp)
                    .set("definition.name.zh", "KS 护眼台灯").set("definition.name.en", "KS Eye-care Lamp")
                    .set("definition.description.zh", "无频闪的书桌台灯").set("definition.description.en", "A flicker-free desk lamp")
                    .set("definition.category", "lamps").set("definition.basePrice.amount", "299.00")
                    .set(group(0, "id"), "colour").set(group(0, "name.zh"), "颜色").set(group(0, "name.en"), "Colour")
                    .tick(group(0, "stockRelevant"), true)
                    .set(choice(0, 0, "id"), "white").set(choice(0, 0, "name.zh"), "白色").set(choice(0, 0, "name.en"), "White");
            form = form.addChoice(0)
                    .set(choice(0, 1, "id"), "black").set(choice(0, 1, "name.zh"), "黑色").set(choice(0, 1, "name.en"), "Black")
                    .set(choice(0, 1, "priceDelta.value"), "20");
            form = form.addGroup()
                    .set(group(1, "id"), "dimmer").set(group(1, "name.zh"), "调光").set(group(1, "name.en"), "Dimmer")
                    .choose(group(1, "kind"), "MULTI").tick(group(1, "required"), false)
                    .set(choice(1, 0, "id"), "smart").set(choice(1, 0, "name.zh"), "智能调光").set(choice(1, 0, "name.en"), "Smart dimming")
                    .set(choice(1, 0, "priceDelta.value"), "50").set(choice(1, 0, "leadDays"), "2")
                    .set(choice(1, 0, "requires"), "black");
            form.screenshot("product-form");

            ProductEditorPage refused = form.saveRefused();
            assertThat(refused.message(choice(1, 0, "requires"))).as("a rule that names no choice is refused at its field")
                    .hasValue("写成 选项组=选项，多个用逗号分隔，例如 size=L。");
            assertThat(refused.markedInvalid(choice(1, 0, "requires"))).isTrue();
            assertThat(refused.mainText()).doesNotContain("{\"", "\"type\"");
            refused.screenshot("product-form-refused");

            ManagedProductPage product = refused.set(choice(1, 0, "requires"), "colour=black").save();
            assertThat(product.notice()).hasValueSatisfying(notice -> assertThat(notice).contains("草稿"));
            assertThat(product.heading()).isEqualTo("KS 护眼台灯");
            assertThat(product.state()).isEqualTo("草稿");

            ManagedProductPage preview = product.preview(Map.of("colour", "black", "dimmer", "smart"));
            assertThat(preview.previewUnitPrice()).as("299 + 20 for black + 50 for smart dimming").isEqualTo("¥369.00");
            preview.screenshot("product-draft");

            ManagedProductPage published = preview.togglePublication();
            assertThat(published.state()).isEqualTo("在售");
            ManagedProductPage stocked = published.receive(Map.of("colour", "white"), 12);
            assertThat(stocked.onHand("colour=white")).isEqualTo("12");
            assertThat(stocked.notice()).hasValueSatisfying(notice -> assertThat(notice).contains("12"));
            stocked.screenshot("product");

            CatalogueConsole listed = browser.visit("/admin/catalogue", CatalogueConsole::new);
            assertThat(listed.state(lamp)).isEqualTo("在售");
            listed.screenshot("catalogue");
            CatalogueConsole english = listed.switchLanguage(CatalogueConsole::new);
            assertThat(english.state(lamp)).isEqualTo("On sale");
            english.screenshot("catalogue-en");

            ProductPage onSale = browser.visit("/products/" + lamp, ProductPage::new);
            assertThat(onSale.heading()).as("the shop shows it now").isEqualTo("KS Eye-care Lamp");
        }
    }
}
