package io.kiosk.api.catalog;

import io.kiosk.api.pricing.Money;
import io.kiosk.api.text.FreeText;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a configurable key-service product is: its names and description in Chinese and English, its
 * category, pictures, base price and the option groups a customer answers. It checks itself
 * whole: every reference between choices resolves, and no configuration can cost less than nothing.
 */
public record ProductDefinition(LocalizedText name,
                                LocalizedText description,
                                String category,
                                List<String> images,
                                Money basePrice,
                                List<OptionGroup> optionGroups) {

    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    public static final int MAX_IMAGES = 10;
    public static final int MAX_IMAGE_LENGTH = 500;
    public static final int MAX_GROUPS = 20;

    public ProductDefinition {
        Objects.requireNonNull(name, "name is required").requireBoth("name", 120);
        description = description == null ? new LocalizedText("", "") : description.requireAtMost("description", 2000);
        if (category == null || !CATEGORY.matcher(category).matches()) {
            throw new IllegalArgumentException("category must be 1 to 40 lower-case letters, digits or '-'");
        }
        if (images != null && images.size() > MAX_IMAGES) {
            throw new IllegalArgumentException("at most " + MAX_IMAGES + " image addresses of at most " + MAX_IMAGE_LENGTH + " characters");
        }
        images = images == null ? List.of() : images.stream()
                .map(image -> FreeText.required("images", image, MAX_IMAGE_LENGTH)).toList();
        Objects.requireNonNull(basePrice, "base price is required");
        if (basePrice.isNegative()) {
            throw new IllegalArgumentException("base price must not be negative");
        }
        optionGroups = optionGroups == null ? List.of() : List.copyOf(optionGroups);
        if (optionGroups.size() > MAX_GROUPS) {
            throw new IllegalArgumentException("a product has at most " + MAX_GROUPS + " option groups");
        }
        Map<String, OptionGroup> groups = new HashMap<>();
        for (OptionGroup group : optionGroups) {
            if (groups.put(group.id(), group) != null) {
                throw new IllegalArgumentException("option group '" + group.id() + "' is defined twice");
            }
        }
        BigDecimal cheapest = basePrice.amount();
        for (OptionGroup group : optionGroups) {
            BigDecimal cheapestInGroup = null;
            for (OptionChoice choice : group.choices()) {
                String where = "choice " + group.id() + "=" + choice.id();
                choice.priceDelta().requireFits(basePrice.currency(), where);
                for (ChoiceRef ref : choice.requires()) {
                    requireResolves(groups, ref, where + " requires");
                }
                for (ChoiceRef ref : choice.excludes()) {
                    requireResolves(groups, ref, where + " excludes");
                }
                BigDecimal delta = choice.priceDelta().applyTo(basePrice).amount();
                cheapestInGroup = cheapestInGroup == null ? delta : cheapestInGroup.min(delta);
            }
            BigDecimal worst = group.kind() == SelectionKind.MULTI
                    ? group.choices().stream().map(c -> c.priceDelta().applyTo(basePrice).amount())
                            .filter(delta -> delta.signum() < 0).reduce(BigDecimal.ZERO, BigDecimal::add)
                    : group.required() ? cheapestInGroup : cheapestInGroup.min(BigDecimal.ZERO);
            cheapest = cheapest.add(worst);
        }
        if (cheapest.signum() < 0) {
            throw new IllegalArgumentException("some configuration would cost less than nothing: lower the discounts");
        }
    }

    public Optional<OptionGroup> group(String groupId) {
        return optionGroups.stream().filter(group -> group.id().equals(groupId)).findFirst();
    }

    private static void requireResolves(Map<String, OptionGroup> groups, ChoiceRef ref, String where) {
        OptionGroup group = groups.get(ref.group());
        if (group == null || group.choice(ref.choice()).isEmpty() || group.kind() == SelectionKind.TEXT) {
            throw new IllegalArgumentException(where + " " + ref + ", which is not a choice of this product");
        }
    }
}
