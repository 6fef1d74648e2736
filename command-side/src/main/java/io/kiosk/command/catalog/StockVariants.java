package io.kiosk.command.catalog;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.OptionChoice;
import io.kiosk.api.catalog.OptionGroup;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.command.RuleViolation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which choices of a product name one stock-keeping variant: exactly those of its stock-relevant
 * groups (colour, size), as {@code Configuration.stockVariant()} derives them from a customer's
 * configuration. Stock is kept only for variants a customer can actually end up with.
 */
public final class StockVariants {

    private StockVariants() {
    }

    /**
     * The options as a stock variant of the product, or {@code invalid-variant} naming the first field
     * at fault: every required stock-relevant group answered with one of its choices, an optional one
     * answered or left out, and nothing else.
     */
    public static ChosenOptions require(ProductDefinition product, ChosenOptions options) {
        Map<String, String> variant = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        options.values().forEach((groupId, value) -> {
            var group = product.group(groupId);
            if (group.isEmpty()) {
                problems.add(problem(groupId, "this product has no option '" + groupId + "'"));
            } else if (!group.get().stockRelevant()) {
                problems.add(problem(groupId, "'" + groupId + "' does not tell stock variants apart; leave it out"));
            } else {
                group.get().choice(value.strip()).ifPresentOrElse(
                        choice -> variant.put(groupId, choice.id()),
                        () -> problems.add(problem(groupId, "'" + value + "' is not a " + groupId
                                + " of this product; choose one of " + choiceIds(group.get()))));
            }
        });
        for (OptionGroup group : product.optionGroups()) {
            if (group.stockRelevant() && group.required() && !options.values().containsKey(group.id())) {
                problems.add(problem(group.id(), "a stock variant names its " + group.id() + ": one of " + choiceIds(group)));
            }
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.unprocessable("invalid-variant", problems.get(0).field(),
                    problems.stream().map(Problem::message).collect(Collectors.joining("; ")));
        }
        return new ChosenOptions(variant);
    }

    private static Problem problem(String groupId, String message) {
        return new Problem("options." + groupId, message);
    }

    private static String choiceIds(OptionGroup group) {
        return group.choices().stream().map(OptionChoice::id).collect(Collectors.joining(", "));
    }

    private record Problem(String field, String message) {
    }
}
