package io.kiosk.web.catalogue;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.CatalogueApi;
import io.kiosk.client.query.model.ProductSearchResult;
import io.kiosk.web.backend.Backend;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Search: words in Chinese or English, the facets the query API counts (category, option values, price band, in
 * stock), an order and pages. A plain GET form, so it works without JavaScript and every search is a link; with htmx
 * the form redraws the results as the shopper types or ticks a facet.
 */
@Controller
class SearchPage {

    static final int PAGE_SIZE = 12;

    private final CatalogueApi catalogue;

    SearchPage(Backend backend) {
        this.catalogue = new CatalogueApi(backend.queries());
    }

    @GetMapping("/search")
    String search(@ModelAttribute("query") SearchQuery query, Model model) throws ApiException {
        ProductSearchResult result = catalogue.searchProducts(query.words(), query.categoryFilter(), query.minPrice(),
                query.maxPrice(), query.optionFilter(), query.getInStock(), query.sortOrder(), query.getPage(), PAGE_SIZE, null);
        model.addAttribute("result", result);
        // the page has a search box of its own: the header's would be a second one
        model.addAttribute("searching", true);
        model.addAttribute("paging", Paging.of(result.getPage(), PAGE_SIZE, result.getTotal()));
        return "catalogue/search";
    }
}
