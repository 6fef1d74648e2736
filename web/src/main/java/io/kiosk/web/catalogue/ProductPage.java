package io.kiosk.web.catalogue;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.model.ProductDetails;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A product and its configurator: every option group as its control (a single choice as radio buttons, a multiple
 * choice as check boxes, an engraving as a text field with its length), the quantity and the delivery region, and the
 * quote for what is chosen. The page is a GET form, so every configuration is a link and the page works without
 * JavaScript; with htmx every change asks {@code /products/{id}/quote}, which redraws the quote area alone (price
 * breakdown, total, stock, delivery window and the button that puts this configuration in the cart, at the price
 * shown) and puts the configuration in the address bar.
 */
@Controller
class ProductPage {

    private final ProductDefinitions products;
    private final DeliveryRegions regions;
    private final Quotes quotes;

    ProductPage(ProductDefinitions products, DeliveryRegions regions, Quotes quotes) {
        this.products = products;
        this.regions = regions;
        this.quotes = quotes;
    }

    @GetMapping("/products/{productId}")
    String product(@PathVariable String productId, @RequestParam MultiValueMap<String, String> parameters, Model model)
            throws ApiException {
        ProductDetails product = configure(productId, parameters, model);
        model.addAttribute("regions", regions.all());
        model.addAttribute("notes", quotes.notes(product.getDefinition()));
        return "catalogue/product";
    }

    @GetMapping("/products/{productId}/quote")
    String quote(@PathVariable String productId, @RequestParam MultiValueMap<String, String> parameters, Model model,
                 HttpServletResponse response) throws ApiException {
        ProductDetails product = configure(productId, parameters, model);
        ProductConfiguration configuration = (ProductConfiguration) model.getAttribute("configuration");
        response.setHeader("HX-Replace-Url", configuration.pageLink(product.getDefinition()));
        return "catalogue/quote :: quote";
    }

    private ProductDetails configure(String productId, MultiValueMap<String, String> parameters, Model model) throws ApiException {
        ProductDetails product = products.product(productId);
        ProductConfiguration configuration = ProductConfiguration.of(productId, product.getDefinition(), parameters,
                regions.orFirst(parameters.getFirst("region")));
        model.addAttribute("product", product);
        model.addAttribute("configuration", configuration);
        model.addAttribute("answer", quotes.quote(product.getDefinition(), configuration));
        return product;
    }
}
