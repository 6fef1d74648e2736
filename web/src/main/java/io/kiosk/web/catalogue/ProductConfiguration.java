package io.kiosk.web.catalogue;

import io.kiosk.client.query.model.OptionChoice;
import io.kiosk.client.query.model.OptionGroup;
import io.kiosk.client.query.model.ProductDefinition;
import io.kiosk.client.query.model.SelectionKind;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a shopper has chosen on a product page, read from the page's form ({@code option.<group>=<choice>}, repeated
 * for a multiple choice, the text for an engraving; {@code quantity}, {@code region}), in the shape the quote and the
 * cart take: one value per group, a multiple choice's choices joined by commas, as the API writes them.
 *
 * <p>A required single choice always has a value, its first choice until the shopper picks another, so that a fresh
 * page shows a price; anything else not chosen is left out. A value that is no choice of the product is left out too: the
 * configurator offers only real choices, and the quote judges the rest.
 */
public record ProductConfiguration(String productId, Map<String, String> options, int quantity, String region) {

    static final String PREFIX = "option.";
    static final int MAX_QUANTITY = 99;

    public ProductConfiguration {
        Objects.requireNonNull(productId, "product");
        options = Map.copyOf(options);
    }

    /** The configuration a page's parameters say, for {@code product}, in {@code region}. */
    static ProductConfiguration of(String productId, ProductDefinition product, MultiValueMap<String, String> parameters,
                                   String region) {
        Map<String, String> options = new LinkedHashMap<>();
        for (OptionGroup group : product.getOptionGroups()) {
            List<String> values = parameters.getOrDefault(PREFIX + group.getId(), List.of()).stream()
                    .filter(value -> value != null && !value.isBlank()).toList();
            String value = switch (group.getKind()) {
                case SINGLE -> values.stream().filter(id -> isChoice(group, id)).findFirst()
                        .orElse(Boolean.TRUE.equals(group.getRequired()) && !group.getChoices().isEmpty()
                                ? group.getChoices().get(0).getId() : null);
                case MULTI -> {
                    List<String> chosen = group.getChoices().stream().map(OptionChoice::getId).filter(values::contains).toList();
                    yield chosen.isEmpty() ? null : String.join(",", chosen);
                }
                case TEXT -> values.isEmpty() ? null : values.get(0).strip();
            };
            if (value != null && !value.isEmpty()) {
                options.put(group.getId(), value);
            }
        }
        return new ProductConfiguration(productId, options, quantity(parameters.getFirst("quantity")), region);
    }

    private static boolean isChoice(OptionGroup group, String id) {
        return group.getChoices().stream().anyMatch(choice -> choice.getId().equals(id));
    }

    private static int quantity(String value) {
        try {
            return value == null ? 1 : Math.max(1, Math.min(MAX_QUANTITY, Integer.parseInt(value.strip())));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** Whether {@code choice} of {@code group} (a single or multiple choice) is chosen. */
    public boolean chosen(String group, String choice) {
        String value = options.get(group);
        return value != null && List.of(value.split(",")).contains(choice);
    }

    /** The text written for a text option, or "". */
    public String text(String group) {
        return options.getOrDefault(group, "");
    }

    /** Whether nothing is chosen in {@code group}. */
    public boolean none(String group) {
        return !options.containsKey(group);
    }

    /** The product page showing this configuration of {@code product}. */
    String pageLink(ProductDefinition product) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/products/{id}");
        for (OptionGroup group : product.getOptionGroups()) {
            String value = options.get(group.getId());
            if (value != null) {
                List<String> values = group.getKind() == SelectionKind.MULTI ? List.of(value.split(",")) : List.of(value);
                values.forEach(each -> link.queryParam(PREFIX + group.getId(), each));
            }
        }
        link.queryParam("quantity", quantity).queryParam("region", region);
        return link.encode().buildAndExpand(productId).toUriString();
    }
}
