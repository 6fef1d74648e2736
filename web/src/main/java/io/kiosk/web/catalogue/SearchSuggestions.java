package io.kiosk.web.catalogue;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.CatalogueApi;
import io.kiosk.client.query.model.ProductSuggestionsSuggestion;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.i18n.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * Suggestions as the shopper types in a search box (htmx asks for them, {@code GET /search/suggestions?q=}): products
 * whose names complete the text, in Chinese, English, pinyin or initials, named in the page's language, each a link
 * to its page. A help, not an answer: when the query API cannot give them, the box simply offers none (the search
 * itself still says what went wrong).
 */
@Controller
class SearchSuggestions {

    static final int MOST = 6;
    static final int LONGEST_TEXT = 50;
    private static final Logger log = LoggerFactory.getLogger(SearchSuggestions.class);

    private final CatalogueApi catalogue;

    SearchSuggestions(Backend backend) {
        this.catalogue = new CatalogueApi(backend.queries());
    }

    @GetMapping("/search/suggestions")
    String suggest(@RequestParam(defaultValue = "") String q, Model model) {
        String text = q.strip();
        List<ProductSuggestionsSuggestion> found = List.of();
        if (!text.isEmpty() && text.length() <= LONGEST_TEXT) {
            String language = Languages.isEnglish(LocaleContextHolder.getLocale()) ? "en" : "zh";
            try {
                found = catalogue.suggestProducts(text, language, MOST).getSuggestions();
            } catch (ApiException unanswered) {
                log.info("no suggestions for the search box: the query API answered {}", unanswered.getCode());
            }
        }
        model.addAttribute("text", text);
        model.addAttribute("suggestions", found);
        return "catalogue/suggestions :: list";
    }
}
