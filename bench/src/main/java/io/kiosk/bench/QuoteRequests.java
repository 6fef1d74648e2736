package io.kiosk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.Configuration;
import io.kiosk.api.catalog.InvalidConfiguration;
import io.kiosk.api.catalog.OptionChoice;
import io.kiosk.api.catalog.OptionGroup;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.catalog.SelectionKind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Quote requests as customers send them while configuring: for every product of the demo catalogue,
 * several valid configurations (different colours and sizes, optional services), each for a few
 * quantities and regions. Configurations are checked with the same rules the quote applies.
 */
final class QuoteRequests {

    private static final int CONFIGURATIONS_PER_PRODUCT = 6;

    private QuoteRequests() {
    }

    static List<String> from(Path catalogue, List<String> regions, ObjectMapper json) throws IOException {
        List<String> bodies = new ArrayList<>();
        for (JsonNode product : json.readTree(catalogue.toFile())) {
            String productId = product.get("productId").asText();
            ProductDefinition definition = json.treeToValue(product.get("definition"), ProductDefinition.class);
            List<ChosenOptions> configurations = validConfigurations(definition);
            for (int i = 0; i < configurations.size(); i++) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("productId", productId);
                body.put("options", configurations.get(i).values());
                body.put("quantity", 1 + i % 3);
                body.put("region", regions.get((bodies.size()) % regions.size()));
                bodies.add(json.writeValueAsString(body));
            }
        }
        if (bodies.isEmpty()) {
            throw new IllegalStateException("no valid configuration found in " + catalogue);
        }
        return bodies;
    }

    /** Walks the single-choice groups' combinations in order and keeps the first few the rules accept. */
    private static List<ChosenOptions> validConfigurations(ProductDefinition definition) {
        List<OptionGroup> singles = definition.optionGroups().stream()
                .filter(group -> group.kind() == SelectionKind.SINGLE).toList();
        List<ChosenOptions> valid = new ArrayList<>();
        int combinations = singles.stream().mapToInt(group -> group.choices().size()).reduce(1, (a, b) -> a * b);
        for (int index = 0; index < Math.min(combinations, 500) && valid.size() < CONFIGURATIONS_PER_PRODUCT; index++) {
            Map<String, String> options = new LinkedHashMap<>();
            int rest = index;
            for (OptionGroup group : singles) {
                OptionChoice choice = group.choices().get(rest % group.choices().size());
                rest /= group.choices().size();
                if (group.required() || index % 2 == 1) {
                    options.put(group.id(), choice.id());
                }
            }
            attempt(definition, options).ifPresent(valid::add);
        }
        return valid;
    }

    private static Optional<ChosenOptions> attempt(ProductDefinition definition, Map<String, String> options) {
        try {
            return Optional.of(Configuration.of(definition, new ChosenOptions(options)).options());
        } catch (InvalidConfiguration refused) {
            return Optional.empty();
        }
    }
}
