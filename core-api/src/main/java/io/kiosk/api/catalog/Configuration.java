package io.kiosk.api.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A product as one customer configured it: the chosen options checked against the definition, in
 * their normal form (multi-choice values sorted), with what they imply for stock and lead time. The
 * only way to get one is {@link #of}, which refuses every configuration that cannot be ordered.
 */
public record Configuration(ProductDefinition product, ChosenOptions options, List<SelectedChoice> selections) {

    public Configuration {
        selections = List.copyOf(selections);
    }

    /**
     * Checks the customer's choices against the product: every group known, every value a choice of
     * its group, required groups answered, text within its length, and every {@code requires} and
     * {@code excludes} rule kept. All problems are reported at once.
     */
    public static Configuration of(ProductDefinition product, ChosenOptions chosen) {
        List<ConfigurationProblem> problems = new ArrayList<>();
        List<SelectedChoice> selections = new ArrayList<>();
        Map<String, String> normal = new LinkedHashMap<>();
        chosen.values().forEach((groupId, value) -> {
            var group = product.group(groupId);
            if (group.isEmpty()) {
                problems.add(ConfigurationProblem.of(groupId, "this product has no option '" + groupId + "'"));
                return;
            }
            select(group.get(), value, selections, normal, problems);
        });
        for (OptionGroup group : product.optionGroups()) {
            if (group.required() && !chosen.values().containsKey(group.id())) {
                problems.add(ConfigurationProblem.of(group.id(), "choose a " + group.name().en().toLowerCase()
                        + " (" + group.id() + ": " + choiceIds(group) + ")"));
            }
        }
        if (problems.isEmpty()) {
            checkRules(selections, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfiguration(problems);
        }
        return new Configuration(product, new ChosenOptions(normal), selections);
    }

    /** The choices that tell stock-keeping variants apart (colour, size), without free text or services. */
    public ChosenOptions stockVariant() {
        Map<String, String> variant = new LinkedHashMap<>();
        selections.stream().filter(selection -> selection.group().stockRelevant())
                .forEach(selection -> variant.put(selection.group().id(), selection.choice().id()));
        return new ChosenOptions(variant);
    }

    /** Days of work the chosen options add before the goods can leave (engraving, assembly...). */
    public int optionLeadDays() {
        return selections.stream().mapToInt(selection -> selection.choice().leadDays()).sum();
    }

    private static void select(OptionGroup group, String value, List<SelectedChoice> selections,
                               Map<String, String> normal, List<ConfigurationProblem> problems) {
        switch (group.kind()) {
            case TEXT -> {
                String text = value.strip();
                if (text.codePointCount(0, text.length()) > group.maxLength()) {
                    problems.add(ConfigurationProblem.of(group.id(), group.name().en().toLowerCase()
                            + " is free text of at most " + group.maxLength() + " characters"));
                    return;
                }
                selections.add(new SelectedChoice(group, group.choices().get(0), text));
                normal.put(group.id(), text);
            }
            case SINGLE -> {
                var choice = group.choice(value.strip());
                if (choice.isEmpty()) {
                    problems.add(ConfigurationProblem.of(group.id(), "'" + value + "' is not a " + group.id()
                            + " of this product; choose one of " + choiceIds(group)));
                    return;
                }
                selections.add(new SelectedChoice(group, choice.get(), null));
                normal.put(group.id(), choice.get().id());
            }
            case MULTI -> {
                List<String> ids = Arrays.stream(value.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
                Set<String> distinct = new TreeSet<>(ids);
                if (distinct.size() != ids.size()) {
                    problems.add(ConfigurationProblem.of(group.id(), group.id() + " lists a choice twice"));
                    return;
                }
                for (String id : distinct) {
                    var choice = group.choice(id);
                    if (choice.isEmpty()) {
                        problems.add(ConfigurationProblem.of(group.id(), "'" + id + "' is not a " + group.id()
                                + " of this product; choose any of " + choiceIds(group)));
                        return;
                    }
                    selections.add(new SelectedChoice(group, choice.get(), null));
                }
                normal.put(group.id(), String.join(",", distinct));
            }
        }
    }

    private static void checkRules(List<SelectedChoice> selections, List<ConfigurationProblem> problems) {
        Set<String> chosen = selections.stream().map(selection -> selection.ref().toString()).collect(Collectors.toSet());
        Set<Set<String>> reportedExclusions = new LinkedHashSet<>();
        for (SelectedChoice selection : selections) {
            String self = selection.ref().toString();
            Map<String, List<String>> requiredByGroup = selection.choice().requires().stream()
                    .collect(Collectors.groupingBy(ChoiceRef::group, LinkedHashMap::new,
                            Collectors.mapping(ChoiceRef::toString, Collectors.toList())));
            requiredByGroup.forEach((group, anyOf) -> {
                if (anyOf.stream().noneMatch(chosen::contains)) {
                    List<String> conflicting = new ArrayList<>(List.of(self));
                    conflicting.addAll(anyOf);
                    problems.add(ConfigurationProblem.of(group, self + " requires " + String.join(" or ", anyOf),
                            conflicting.toArray(String[]::new)));
                }
            });
            for (ChoiceRef excluded : selection.choice().excludes()) {
                if (chosen.contains(excluded.toString()) && reportedExclusions.add(Set.of(self, excluded.toString()))) {
                    problems.add(ConfigurationProblem.of(excluded.group(), self + " cannot be combined with " + excluded,
                            self, excluded.toString()));
                }
            }
        }
    }

    private static String choiceIds(OptionGroup group) {
        return group.choices().stream().map(OptionChoice::id).collect(Collectors.joining(", "));
    }
}
