package io.kiosk.launcher.browser;

import io.kiosk.client.command.model.Role;
import io.kiosk.launcher.KioskSystem;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding what shoppers type, in the storefront and the console. A shopper types pinyin into the search box and picks
 * a suggestion with the arrow keys; a search with the wrong character of the right sound is answered "did you mean"
 * with that search's products, and one that finds nothing shows best sellers instead and is counted for the
 * analysts, who see it on their dashboard. A clerk adds a word to a synonym set in the console (after a word another
 * set has is refused at the words) and the shop's next search finds the set's products by it; taken out again, it
 * finds them no more.
 */
@BrowserSuite
class SearchBrowserTest {

    private final KioskSystem kiosk;

    SearchBrowserTest(KioskSystem kiosk) {
        this.kiosk = kiosk;
    }

    @Test
    void the_search_box_suggests_as_a_shopper_types_and_a_search_that_finds_nothing_is_never_the_end() throws Exception {
        String nothing = "qqxz" + letters(6);
        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            HomePage home = browser.visit("/", HomePage::new);
            assertThat(home.suggestionsFor("baoxian")).as("pinyin of 保险箱").contains("智能指纹保险箱");
            browser.screenshots("search-suggestions");
            ProductPage safe = home.chooseSuggestion("智能指纹保险箱", ProductPage::new);
            assertThat(safe.heading()).isEqualTo("智能指纹保险箱");
            assertThat(safe.suggestionsFor("cdq")).as("initials of 充电器").contains("65W 氮化镓快充充电器");

            SearchPage misspelt = safe.search("冲电器", SearchPage::new);
            assertThat(misspelt.results()).isEmpty();
            assertThat(misspelt.didYouMean()).hasValue("充电器");
            assertThat(misspelt.fallbackHeading()).hasValue("“充电器”的商品");
            assertThat(misspelt.fallbackProducts()).contains("KS 无线充电器 Pro");
            misspelt.screenshots("search-did-you-mean");
            SearchPage corrected = misspelt.followDidYouMean();
            assertThat(corrected.results()).contains("KS 无线充电器 Pro", "65W 氮化镓快充充电器");

            SearchPage none = browser.visit("/search?q=" + nothing, SearchPage::new);
            assertThat(none.results()).isEmpty();
            assertThat(none.fallbackProducts()).as("best sellers instead").isNotEmpty();
            SearchPage english = none.switchLanguage(SearchPage::new);
            assertThat(english.fallbackHeading()).hasValueSatisfying(heading ->
                    assertThat(heading).matches("Best sellers in .+|Popular right now"));
        }

        Staff.Member analyst = Staff.account(kiosk, Role.ANALYST);
        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            AnalyticsConsole dashboard = browser.visit("/account/login?next=%2Fadmin%2Fanalytics", LoginPage::new)
                    .logIn(analyst.email(), analyst.password(), AnalyticsConsole::new);
            List<List<String>> misses = dashboard.table("search-misses");
            assertThat(misses).as("counted twice: in Chinese and again in English").anySatisfy(row ->
                    assertThat(row.subList(0, 2)).containsExactly(nothing, "2"));
            assertThat(dashboard.downloadCsv("search-misses")).contains(nothing + ",2,");
        }
    }

    @Test
    void a_clerk_adds_a_word_to_a_synonym_set_and_the_next_search_finds_its_products_by_it() throws Exception {
        Staff.Member clerk = Staff.account(kiosk, Role.BACK_OFFICE);
        String word = "旅行" + new String[] {"拖箱", "推箱", "大箱"}[new Random().nextInt(3)] + letters(4);
        try (Browser browser = Browser.open(kiosk.webApp(), "zh-CN")) {
            SynonymConsole synonyms = browser.visit("/account/login?next=%2Fadmin%2Fsearch", LoginPage::new)
                    .logIn(clerk.email(), clerk.password(), SynonymConsole::new);
            assertThat(synonyms.heading()).isEqualTo("搜索同义词");
            assertThat(synonyms.menu()).contains("搜索同义词");
            assertThat(synonyms.sets()).contains("power-bank", "luggage");
            assertThat(browser.visit(searchFor(word), SearchPage::new).results()).doesNotContain("铝框拉杆箱");

            SynonymConsole refused = browser.visit("/admin/search", SynonymConsole::new).add(word + ", 拉杆箱");
            assertThat(refused.newSetRefusal()).as("拉杆箱 is in the luggage set").hasValueSatisfying(message ->
                    assertThat(message).contains("另一组"));
            refused.screenshot("search-synonyms-refused");

            String luggage = refused.terms("luggage");
            SynonymConsole changed = refused.change("luggage", luggage + ", " + word);
            assertThat(changed.notice()).hasValueSatisfying(notice -> assertThat(notice).contains("luggage", word));
            assertThat(changed.terms("luggage")).endsWith(word);
            changed.screenshot("search-synonyms");

            SearchPage found = browser.visit(searchFor(word), SearchPage::new);
            assertThat(found.results()).as("the next search uses the synonym").contains("铝框拉杆箱");

            SynonymConsole restored = browser.visit("/admin/search", SynonymConsole::new).change("luggage", luggage);
            assertThat(restored.terms("luggage")).isEqualTo(luggage);
            assertThat(browser.visit(searchFor(word), SearchPage::new).results()).doesNotContain("铝框拉杆箱");
        }
    }

    private static String searchFor(String words) {
        return "/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private static String letters(int count) {
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
