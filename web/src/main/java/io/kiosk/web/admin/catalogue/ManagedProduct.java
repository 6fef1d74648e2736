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

    /** A variant ({@code colour=white}) in words of the page's language: 颜色：白色 / Colour: White. */
    public String label(java.util.Map<String, String> variant, io.kiosk.web.i18n.Formats fmt) {
        List<String> words = new java.util.ArrayList<>();
        variant.forEach((groupId, choiceId) -> words.add(entry.getDefinition().getOptionGroups().stream()
                .filter(group -> group.getId().equals(groupId)).findFirst()
                .map(group -> fmt.text(group.getName()) + "：" + group.getChoices().stream()
                        .filter(choice -> choice.getId().equals(choiceId)).findFirst()
                        .map(choice -> fmt.text(choice.getName())).orElse(choiceId))
                .orElse(groupId + "=" + choiceId)));
        return String.join("，", words);
    }

    /** The first choice of every required single-choice group: the configuration a preview starts from. */
    public java.util.Map<String, String> firstChoices() {
        java.util.Map<String, String> first = new java.util.LinkedHashMap<>();
        entry.getDefinition().getOptionGroups().stream()
                .filter(group -> Boolean.TRUE.equals(group.getRequired()) && "SINGLE".equals(group.getKind().getValue())
                        && !group.getChoices().isEmpty())
                .forEach(group -> first.put(group.getId(), group.getChoices().get(0).getId()));
        return first;
    }

    /** The option groups that tell stock variants apart: a variant is one choice of each. */
    public List<OptionGroup> stockGroups() {
        return entry.getDefinition().getOptionGroups().stream().filter(group -> Boolean.TRUE.equals(group.getStockRelevant())).toList();
    }
}
