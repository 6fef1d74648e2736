package io.kiosk.api.catalog;

import io.kiosk.api.text.FreeText;
import io.kiosk.api.text.InvalidText;

import java.util.Objects;

/**
 * A text shown to customers in Chinese and in English, such as a product's name. Both are required
 * for names; descriptions may leave one blank (then the other is shown). Either follows the
 * {@link FreeText} rule: a description may span lines, a name ({@link #requireBoth}) may not.
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        zh = zh == null ? "" : FreeText.clean("zh", zh, true);
        en = en == null ? "" : FreeText.clean("en", en, true);
    }

    /** A one-line text where both languages are given and neither is longer than {@code maxLength}. */
    public LocalizedText requireBoth(String what, int maxLength) {
        if (zh.isEmpty() || en.isEmpty()) {
            throw new IllegalArgumentException(what + " needs both a Chinese (zh) and an English (en) text");
        }
        if (zh.indexOf('\n') >= 0 || zh.indexOf('\t') >= 0) {
            throw new InvalidText("zh", "is one line: no line breaks or tabs");
        }
        if (en.indexOf('\n') >= 0 || en.indexOf('\t') >= 0) {
            throw new InvalidText("en", "is one line: no line breaks or tabs");
        }
        return requireAtMost(what, maxLength);
    }

    /** A text whose languages are each at most {@code maxLength} characters. */
    public LocalizedText requireAtMost(String what, int maxLength) {
        if (FreeText.length(zh) > maxLength || FreeText.length(en) > maxLength) {
            throw new IllegalArgumentException(what + " must be at most " + maxLength + " characters in each language");
        }
        return this;
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(Objects.requireNonNull(zh), Objects.requireNonNull(en));
    }
}
