package io.kiosk.api.catalog;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One choice of an option group: what it adds to the price, how many days of work it adds before
 * dispatch, and which other choices it needs ({@code requires}) or cannot go with ({@code excludes}).
 * A requirement on a group is met by any one of the listed choices of that group.
 */
public record OptionChoice(String id,
                           LocalizedText name,
                           PriceDelta priceDelta,
                           int leadDays,
                           List<ChoiceRef> requires,
                           List<ChoiceRef> excludes) {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    public static final int MAX_LEAD_DAYS = 365;

    public OptionChoice {
        requireId(id, "choice id");
        Objects.requireNonNull(name, "choice '" + id + "' needs a name").requireBoth("choice '" + id + "' name", 80);
        priceDelta = priceDelta == null ? PriceDelta.NONE : priceDelta;
        if (leadDays < 0 || leadDays > MAX_LEAD_DAYS) {
            throw new IllegalArgumentException("choice '" + id + "' lead time must be 0 to " + MAX_LEAD_DAYS + " days");
        }
        requires = requires == null ? List.of() : List.copyOf(requires);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
    }

    public static OptionChoice of(String id, String zh, String en, PriceDelta delta) {
        return new OptionChoice(id, LocalizedText.of(zh, en), delta, 0, List.of(), List.of());
    }

    public OptionChoice withLeadDays(int days) {
        return new OptionChoice(id, name, priceDelta, days, requires, excludes);
    }

    public OptionChoice requiring(ChoiceRef... refs) {
        return new OptionChoice(id, name, priceDelta, leadDays, List.of(refs), excludes);
    }

    public OptionChoice excluding(ChoiceRef... refs) {
        return new OptionChoice(id, name, priceDelta, leadDays, requires, List.of(refs));
    }

    static void requireId(String id, String what) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " must be 1 to 40 letters, digits, '_' or '-'; got '" + id + "'");
        }
    }
}
