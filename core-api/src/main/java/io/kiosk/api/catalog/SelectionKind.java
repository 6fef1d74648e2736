package io.kiosk.api.catalog;

/** How a customer answers an option group. */
public enum SelectionKind {
    /** exactly one choice (colour, size, service level) */
    SINGLE,
    /** any number of distinct choices, given comma-separated (functions: {@code wireless,fast-charge}) */
    MULTI,
    /** free text of limited length (engraving); the group's single choice carries its price and lead time */
    TEXT
}
