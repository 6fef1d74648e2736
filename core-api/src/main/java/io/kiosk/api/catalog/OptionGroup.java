package io.kiosk.api.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question the customer answers while configuring a product, such as colour, size, functions or
 * engraving. {@code stockRelevant} groups tell stock-keeping variants apart (colour and size do; a
 * service level or an engraving does not); only single-choice groups may be. A {@link SelectionKind#TEXT TEXT} group has exactly one
 * choice, which carries the price and lead time of the service, and a {@code maxLength}.
 */
public record OptionGroup(String id,
                          LocalizedText name,
                          SelectionKind kind,
                          boolean required,
                          boolean stockRelevant,
                          int maxLength,
                          List<OptionChoice> choices) {

    public static final int MAX_TEXT_LENGTH = 200;
    public static final int MAX_CHOICES = 50;

    public OptionGroup {
        OptionChoice.requireId(id, "option group id");
        Objects.requireNonNull(name, "option group '" + id + "' needs a name").requireBoth("option group '" + id + "' name", 80);
        Objects.requireNonNull(kind, "option group '" + id + "' needs a kind (SINGLE, MULTI or TEXT)");
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (kind == SelectionKind.TEXT) {
            if (choices.size() != 1) {
                throw new IllegalArgumentException("text option group '" + id + "' has exactly one choice (its price and lead time)");
            }
            if (maxLength < 1 || maxLength > MAX_TEXT_LENGTH) {
                throw new IllegalArgumentException("text option group '" + id + "' needs a maxLength of 1 to " + MAX_TEXT_LENGTH);
            }
            if (stockRelevant) {
                throw new IllegalArgumentException("free text cannot tell stock variants apart: group '" + id + "' is not stock relevant");
            }
        } else {
            if (stockRelevant && kind != SelectionKind.SINGLE) {
                throw new IllegalArgumentException("only single-choice groups tell stock variants apart ('" + id + "')");
            }
            if (choices.isEmpty() || choices.size() > MAX_CHOICES) {
                throw new IllegalArgumentException("option group '" + id + "' needs 1 to " + MAX_CHOICES + " choices");
            }
            if (maxLength != 0) {
                throw new IllegalArgumentException("only text option groups have a maxLength ('" + id + "')");
            }
        }
        var seen = new HashSet<String>();
        for (OptionChoice choice : choices) {
            if (!seen.add(choice.id())) {
                throw new IllegalArgumentException("option group '" + id + "' lists choice '" + choice.id() + "' twice");
            }
        }
    }

    public static OptionGroup single(String id, String zh, String en, boolean required, boolean stockRelevant,
                                     OptionChoice... choices) {
        return new OptionGroup(id, LocalizedText.of(zh, en), SelectionKind.SINGLE, required, stockRelevant, 0, List.of(choices));
    }

    public static OptionGroup multi(String id, String zh, String en, OptionChoice... choices) {
        return new OptionGroup(id, LocalizedText.of(zh, en), SelectionKind.MULTI, false, false, 0, List.of(choices));
    }

    public static OptionGroup text(String id, String zh, String en, int maxLength, OptionChoice service) {
        return new OptionGroup(id, LocalizedText.of(zh, en), SelectionKind.TEXT, false, false, maxLength, List.of(service));
    }

    public Optional<OptionChoice> choice(String choiceId) {
        return choices.stream().filter(choice -> choice.id().equals(choiceId)).findFirst();
    }
}
