package io.kiosk.api.text;

import java.text.Normalizer;

/**
 * The one rule for text people type (names, phones, addresses, notes, reasons, engravings, product texts,
 * carriers and tracking numbers, search words): what Kiosk keeps is Unicode NFC, without leading or trailing
 * white space, at most so many characters (code points, so an emoji or a rare Han character counts once), and
 * free of characters that are not text: C0 and C1 control characters (NUL among them, which PostgreSQL refuses
 * to store), unpaired surrogates, the Unicode line and paragraph separators and the bidirectional overrides
 * that make a text display other than it reads. A {@link #note note} may span lines: it keeps tab and line feed
 * ({@code \r\n} and a lone {@code \r} become {@code \n}); a {@link #required line} keeps neither.
 * A refusal is an {@link InvalidText} naming the field.
 */
public final class FreeText {

    private FreeText() {
    }

    /** A line that must be given: refused when missing or blank. */
    public static String required(String field, String value, int maxLength) {
        String text = clean(field, value, false);
        if (text == null || text.isEmpty()) {
            throw new InvalidText(field, "is required");
        }
        return bounded(field, text, maxLength);
    }

    /** A line that may be left out: {@code null} when missing or blank. */
    public static String optional(String field, String value, int maxLength) {
        String text = clean(field, value, false);
        return text == null || text.isEmpty() ? null : bounded(field, text, maxLength);
    }

    /** A note that may be left out and may span lines: {@code null} when missing or blank. */
    public static String note(String field, String value, int maxLength) {
        String text = clean(field, value, true);
        return text == null || text.isEmpty() ? null : bounded(field, text, maxLength);
    }

    /** A note that must be given and may span lines. */
    public static String requiredNote(String field, String value, int maxLength) {
        String text = note(field, value, maxLength);
        if (text == null) {
            throw new InvalidText(field, "is required");
        }
        return text;
    }

    /**
     * The text in its normal form, stripped ({@code null} stays {@code null}, blank becomes empty), with line breaks
     * when {@code lineBreaks} allows them; refused when it holds a character that is not text. Lengths are
     * left to the caller.
     */
    public static String clean(String field, String value, boolean lineBreaks) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        if (lineBreaks) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        for (int i = 0; i < text.length(); ) {
            int character = text.codePointAt(i);
            if (!allowed(character, lineBreaks)) {
                throw new InvalidText(field, "contains " + describe(character) + String.format(" (U+%04X)", character)
                        + (lineBreaks ? "; only text, tabs and line breaks are kept" : "; only one line of text is kept"));
            }
            i += Character.charCount(character);
        }
        return text;
    }

    /** How many characters (code points) a text has. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String bounded(String field, String text, int maxLength) {
        if (length(text) > maxLength) {
            throw new InvalidText(field, "is longer than " + maxLength + " characters");
        }
        return text;
    }

    private static boolean allowed(int character, boolean lineBreaks) {
        if (character == '\t' || character == '\n') {
            return lineBreaks;
        }
        int type = Character.getType(character);
        return type != Character.CONTROL
                && type != Character.SURROGATE
                && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR
                && !isBidiControl(character);
    }

    /** Embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069): they reorder what follows them. */
    private static boolean isBidiControl(int character) {
        return character >= 0x202A && character <= 0x202E || character >= 0x2066 && character <= 0x2069;
    }

    private static String describe(int character) {
        if (character == 0) {
            return "a NUL character";
        }
        if (character == '\t' || character == '\n' || character == '\r') {
            return "a line break or tab";
        }
        int type = Character.getType(character);
        if (type == Character.SURROGATE) {
            return "a broken character";
        }
        if (type == Character.CONTROL) {
            return "a control character";
        }
        return isBidiControl(character) ? "a text direction override" : "a line or paragraph separator";
    }
}
