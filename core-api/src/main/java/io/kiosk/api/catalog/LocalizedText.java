package io.kiosk.api.catalog;

import java.util.Objects;

/**
 * A text shown to customers in Chinese and in English, such as a product's name. Both are required
 * for names; descriptions may leave one blank (then the other is shown).
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        zh = zh == null ? "" : zh.strip();
        en = en == null ? "" : en.strip();
    }

    /** A text where both languages are given and neither is longer than {@code maxLength}. */
    public LocalizedText requireBoth(String what, int maxLength) {
        if (zh.isEmpty() || en.isEmpty()) {
            throw new IllegalArgumentException(what + " needs both a Chinese (zh) and an English (en) text");
        }
        return requireAtMost(what, maxLength);
    }

    /** A text whose languages are each at most {@code maxLength} characters. */
    public LocalizedText requireAtMost(String what, int maxLength) {
        if (zh.length() > maxLength || en.length() > maxLength) {
            throw new IllegalArgumentException(what + " must be at most " + maxLength + " characters in each language");
        }
        return this;
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(Objects.requireNonNull(zh), Objects.requireNonNull(en));
    }
}
