package io.kiosk.web.catalogue;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.CatalogueApi;
import io.kiosk.client.query.model.ProductSearchResult;
import io.kiosk.web.backend.Backend;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the categories to browse and the products people buy most. */
@Controller
class HomePage {

    static final int POPULAR = 8;

    private final CatalogueApi catalogue;

    HomePage(Backend backend) {
        this.catalogue = new CatalogueApi(backend.queries());
    }

    @GetMapping("/")
    String home(Model model) throws ApiException {
        ProductSearchResult popular = catalogue.searchProducts(null, null, null, null, null, null, "popularity", 0, POPULAR, null);
        model.addAttribute("popular", popular.getHits());
        model.addAttribute("categories", popular.getFacets().getCategories());
        return "catalogue/home";
    }
}
