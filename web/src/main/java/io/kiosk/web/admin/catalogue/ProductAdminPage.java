package io.kiosk.web.admin.catalogue;

import io.kiosk.client.command.api.ProductsApi;
import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.CatalogueApi;
import io.kiosk.client.query.api.CatalogueManagementApi;
import io.kiosk.client.query.model.CatalogueEntry;
import io.kiosk.client.query.model.QuoteRequest;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.backend.Positions;
import io.kiosk.web.problems.ApiProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One product for the back office ({@code BACK_OFFICE}, {@code ADMIN}): its definition, its state with publish or
 * withdraw, its stock per variant, and a quote preview of any configuration (on sale or not) through the API's
 * back-office quote, so that a draft's prices, rules and delivery can be checked before it is published.
 */
@Controller
class ProductAdminPage {

    static final String DEFAULT_REGION = "SH";

    private final CatalogueManagementApi catalogue;
    private final CatalogueApi regions;
    private final ProductsApi products;

    ProductAdminPage(Backend backend) {
        this.catalogue = new CatalogueManagementApi(backend.queries());
        this.regions = new CatalogueApi(backend.queries());
        this.products = new ProductsApi(backend.commands());
    }

    @GetMapping("/admin/catalogue/{productId}")
    String product(@PathVariable String productId, @RequestParam Map<String, String> parameters, Model model) throws ApiException {
        CatalogueEntry entry = catalogue.getCatalogueEntry(productId, Positions.from(model));
        Map<String, String> options = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("option.") && value != null && !value.isBlank()) {
                options.put(name.substring("option.".length()), value);
            }
        });
        String region = parameters.getOrDefault("region", DEFAULT_REGION);
        ManagedProduct product = ManagedProduct.of(entry);
        if (options.isEmpty() && !parameters.containsKey("region")) {
            // the first visit previews the configuration a customer would start from
            options.putAll(product.firstChoices());
        }
        model.addAttribute("product", product);
        model.addAttribute("options", options);
        model.addAttribute("region", region);
        model.addAttribute("regions", regions.listDeliveryRegions());
        model.addAttribute("preview", preview(productId, options, region));
        return "admin/catalogue/product";
    }

    /** The quote of the chosen configuration, or the API's reasons why it has none. */
    private Preview preview(String productId, Map<String, String> options, String region) throws ApiException {
        try {
            return new Preview(catalogue.previewQuote(new QuoteRequest().productId(productId).options(options).quantity(1).region(region),
                    null), List.of());
        } catch (ApiException refused) {
            ApiProblem problem = ApiProblem.of(refused);
            if (problem.status() != 422 && problem.status() != 400) {
                throw refused;
            }
            List<String> reasons = new ArrayList<>();
            problem.fieldFaults().forEach(fault -> reasons.add(fault.message()));
            if (reasons.isEmpty()) {
                reasons.add(problem.detail());
            }
            return new Preview(null, reasons);
        }
    }

    @PostMapping("/admin/catalogue/{productId}/publication")
    String publish(@PathVariable String productId, @RequestParam boolean publish, RedirectAttributes redirect)
            throws io.kiosk.client.command.ApiException {
        try {
            var answer = publish ? products.publishProductWithHttpInfo(productId) : products.withdrawProductWithHttpInfo(productId);
            redirect.addFlashAttribute(Positions.FLASH, Positions.of(answer));
            redirect.addFlashAttribute("notice", publish ? "admin.catalogue.published" : "admin.catalogue.withdrawn");
        } catch (io.kiosk.client.command.ApiException refused) {
            refusal(refused, redirect);
        }
        return "redirect:/admin/catalogue/" + UriUtils.encodePathSegment(productId, StandardCharsets.UTF_8);
    }

    /** An API refusal the clerk can act on (a rule of the catalogue, a conflict) is the page's notice, in the API's words. */
    static void refusal(io.kiosk.client.command.ApiException refused, RedirectAttributes redirect)
            throws io.kiosk.client.command.ApiException {
        ApiProblem problem = ApiProblem.of(refused);
        if (problem.isOurFault() || problem.status() == 401 || problem.status() == 403) {
            throw refused;
        }
        redirect.addFlashAttribute("notice", "admin.catalogue.refused");
        redirect.addFlashAttribute("noticeArgs", new Object[]{problem.detail()});
    }
}
