package io.kiosk.web.catalogue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.CatalogueApi;
import io.kiosk.client.query.model.ProductDefinition;
import io.kiosk.client.query.model.ProductDetails;
import io.kiosk.web.backend.Backend;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * Products as the query API describes them ({@code getProduct}), kept for a few seconds ({@code kiosk.catalogue.kept},
 * {@code KIOSK_WEB_CATALOGUE_KEPT}, 10 s by default). Every product page, quote redraw, cart and order page needs the
 * definition for its controls and the names of the chosen options, and a definition changes only when the back office
 * edits the product: asking for it on every htmx redraw doubled what a redraw cost. Prices and stock are never taken from
 * here (the quote is asked for each time), so a definition seen a few seconds late changes words and controls, not what
 * anybody pays; a refusal (a product not found) is not kept, so a product published a moment ago shows at once.
 */
@Component
public class ProductDefinitions {

    private static final int MOST_KEPT = 2_000;

    private final CatalogueApi catalogue;
    private final Cache<String, ProductDetails> kept;

    ProductDefinitions(Backend backend, @Value("${kiosk.catalogue.kept:10s}") Duration keptFor) {
        this.catalogue = new CatalogueApi(backend.queries());
        this.kept = Caffeine.newBuilder().expireAfterWrite(keptFor).maximumSize(MOST_KEPT).build();
    }

    /** The product, or the API's refusal (404 for one that is not published). */
    public ProductDetails product(String productId) throws ApiException {
        ProductDetails known = kept.getIfPresent(productId);
        if (known != null) {
            return known;
        }
        ProductDetails fetched = catalogue.getProduct(productId, null);
        kept.put(productId, fetched);
        return fetched;
    }

    /** The product's definition, or nothing when it is no longer in the catalogue (an old cart or order line). */
    public Optional<ProductDefinition> definition(String productId) throws ApiException {
        try {
            return Optional.ofNullable(product(productId).getDefinition());
        } catch (ApiException refused) {
            if (refused.getCode() == 404) {
                return Optional.empty();
            }
            throw refused;
        }
    }
}
