package io.kiosk.projections.catalog;

import io.kiosk.api.catalog.LocalizedText;

/**
 * One option value as the facet field of the search index holds it: the value and the names of its
 * group and choice in one keyword, so that counting the keyword yields the names with each count.
 * The parts are joined by the ASCII unit separator, which no id or name contains.
 */
record OptionFacetKey(String group, LocalizedText groupName, String choice, LocalizedText choiceName) {

    private static final String SEPARATOR = "\u001f";

    String encoded() {
        return String.join(SEPARATOR, group, groupName.zh(), groupName.en(), choice, choiceName.zh(), choiceName.en());
    }

    /** The value as filters and clients write it: {@code group=choice}. */
    String value() {
        return group + "=" + choice;
    }

    static OptionFacetKey decode(String encoded) {
        String[] parts = encoded.split(SEPARATOR, -1);
        if (parts.length != 6) {
            throw new IllegalStateException("not an option facet key: " + encoded.replace(SEPARATOR, "|"));
        }
        return new OptionFacetKey(parts[0], new LocalizedText(parts[1], parts[2]), parts[3], new LocalizedText(parts[4], parts[5]));
    }

    /** A regular expression matching every encoded key of {@code group} (ids are letters, digits, '_' and '-'). */
    static String groupPattern(String group) {
        return group.replace("-", "\\-") + SEPARATOR + ".*";
    }
}
