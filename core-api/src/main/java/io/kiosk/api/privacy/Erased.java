package io.kiosk.api.privacy;

/**
 * What personal data reads as once its owner was erased: the marker {@link #TEXT}, the same wherever it appears
 * (events read back, read models, search documents, answers), so that a client can tell "erased" from "empty".
 */
public final class Erased {

    /** The erased form of every personal text; square brackets, so that no name, phone or address is ever read as it. */
    public static final String TEXT = "[erased]";

    private Erased() {
    }

    /** Whether {@code value} is the erased marker. */
    public static boolean is(String value) {
        return TEXT.equals(value);
    }
}
