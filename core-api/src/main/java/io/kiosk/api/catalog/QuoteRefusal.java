package io.kiosk.api.catalog;

import java.util.List;

/**
 * Why a {@link QuoteConfiguration} got no quote, carried as the details of the query's failure so
 * that the asker can tell the customer exactly what to change: the product is not on sale, the
 * region is not one Kiosk delivers to ({@code regions} lists those it does), or the options do not
 * make an orderable product ({@code problems}).
 */
public record QuoteRefusal(Reason reason, String message, List<ConfigurationProblem> problems, List<String> regions) {

    public enum Reason { UNKNOWN_PRODUCT, UNKNOWN_REGION, INVALID_CONFIGURATION }

    public QuoteRefusal {
        problems = problems == null ? List.of() : List.copyOf(problems);
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    public static QuoteRefusal unknownProduct(ProductId productId) {
        return new QuoteRefusal(Reason.UNKNOWN_PRODUCT, "product " + productId + " is not on sale", List.of(), List.of());
    }

    public static QuoteRefusal unknownRegion(String region, List<String> regions) {
        return new QuoteRefusal(Reason.UNKNOWN_REGION, "Kiosk does not deliver to region '" + region + "'; choose one of "
                + String.join(", ", regions), List.of(), regions);
    }

    public static QuoteRefusal invalid(InvalidConfiguration invalid) {
        return new QuoteRefusal(Reason.INVALID_CONFIGURATION, invalid.getMessage(), invalid.problems(), List.of());
    }
}
