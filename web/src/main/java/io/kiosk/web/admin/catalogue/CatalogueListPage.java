package io.kiosk.web.admin.catalogue;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.CatalogueManagementApi;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.backend.Positions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every product of the catalogue ({@code BACK_OFFICE}, {@code ADMIN}) with its state and stock, drafts included. */
@Controller
class CatalogueListPage {

    static final int LIMIT = 500;

    private final CatalogueManagementApi catalogue;

    CatalogueListPage(Backend backend) {
        this.catalogue = new CatalogueManagementApi(backend.queries());
    }

    @GetMapping("/admin/catalogue")
    String products(Model model) throws ApiException {
        model.addAttribute("products", catalogue.listCatalogueEntries(LIMIT, Positions.from(model)).getProducts().stream()
                .map(ManagedProduct::of).toList());
        return "admin/catalogue/products";
    }
}
