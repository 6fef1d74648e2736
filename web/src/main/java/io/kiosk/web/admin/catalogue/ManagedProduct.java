package io.kiosk.web.admin.catalogue;

import io.kiosk.client.query.model.CatalogueEntry;
import io.kiosk.client.query.model.CatalogueEntryStockedVariant;
import io.kiosk.client.query.model.OptionGroup;

import java.util.List;

/**
 * A product as the back office's pages show it: the API's entry, its state (a draft never on sale, on sale, or
 * withdrawn) and its stock summed over the variants.
 */
public record ManagedProduct(CatalogueEntry entry, String state, long onHand, long available, boolean anyMadeToOrder) {

    static ManagedProduct of(CatalogueEntry entry) {
        String state = Boolean.TRUE.equals(entry.getPublished()) ? "ON_SALE" : entry.getFirstPublishedAt() == null ? "DRAFT" : "WITHDRAWN";
        List<CatalogueEntryStockedVariant> variants = entry.getVariants();
        return new ManagedProduct(entry, state,
                variants.stream().mapToLong(CatalogueEntryStockedVariant::getOnHand).sum(),
                variants.stream().mapToLong(CatalogueEntryStockedVariant::getAvailable).sum(),
                variants.stream().anyMatch(variant -> Boolean.TRUE.equals(variant.getMadeToOrder())));
    }

    public boolean published() {
        return "ON_SALE".equals(state);
    }

    /** The option groups that tell stock variants apart: a variant is one choice of each. */
    public List<OptionGroup> stockGroups() {
        return entry.getDefinition().getOptionGroups().stream().filter(group -> Boolean.TRUE.equals(group.getStockRelevant())).toList();
    }
}
