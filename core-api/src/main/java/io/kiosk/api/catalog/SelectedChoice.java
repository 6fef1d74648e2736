package io.kiosk.api.catalog;

/** A choice the customer made in one group; {@code text} is the free text of a text group, else {@code null}. */
public record SelectedChoice(OptionGroup group, OptionChoice choice, String text) {

    public ChoiceRef ref() {
        return new ChoiceRef(group.id(), choice.id());
    }
}
