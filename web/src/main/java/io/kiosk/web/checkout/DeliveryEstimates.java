package io.kiosk.web.checkout;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.CatalogueApi;
import io.kiosk.client.query.model.DeliveryWindow;
import io.kiosk.client.query.model.Quote;
import io.kiosk.client.query.model.QuoteRequest;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.cart.CartLine;
import io.kiosk.web.cart.CartView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When the cart's goods would arrive in a delivery region, as the checkout will promise it: each line's live quote for
 * that region, and the cart arrives with its latest line (the command side works the order's estimate out by the same
 * rules when it is placed). Empty when a line cannot be promised (no stock, a configuration revised away).
 */
@Component
class DeliveryEstimates {

    private final CatalogueApi catalogue;

    DeliveryEstimates(Backend backend) {
        this.catalogue = new CatalogueApi(backend.queries());
    }

    Optional<DeliveryWindow> of(CartView cart, String region) throws ApiException {
        if (cart.isEmpty() || region == null || region.isBlank()) {
            return Optional.empty();
        }
        LocalDate earliest = null;
        LocalDate latest = null;
        for (CartLine line : cart.lines()) {
            Quote quote;
            try {
                quote = catalogue.quoteConfiguration(new QuoteRequest().productId(line.productId()).options(line.options())
                        .quantity(line.quantity()).region(region), null);
            } catch (ApiException refused) {
                if (refused.getCode() >= 500 || refused.getCode() == 0) {
                    throw refused;
                }
                return Optional.empty();
            }
            DeliveryWindow window = quote.getDelivery();
            if (window == null) {
                return Optional.empty();
            }
            earliest = earliest == null || window.getEarliest().isAfter(earliest) ? window.getEarliest() : earliest;
            latest = latest == null || window.getLatest().isAfter(latest) ? window.getLatest() : latest;
        }
        return Optional.of(new DeliveryWindow().earliest(earliest).latest(latest));
    }
}
