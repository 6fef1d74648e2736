package io.kiosk.api.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The language a customer reads Kiosk in and is written to in: simplified Chinese, the mall's own and everyone's
 * until they choose, or English. Written as its IETF tag ({@code "zh-CN"}, {@code "en"}) in JSON and in events.
 */
public enum Language {
    ZH_CN("zh-CN"),
    EN("en");

    /** Whoever has not chosen reads Chinese. */
    public static final Language DEFAULT = ZH_CN;

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    @JsonValue
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of this tag, in any case ({@code zh-cn} is {@code zh-CN}); refuses every other tag. */
    @JsonCreator
    public static Language of(String tag) {
        return Arrays.stream(values())
                .filter(language -> language.tag.equalsIgnoreCase(tag == null ? "" : tag.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("language must be one of " + String.join(", ", tags())
                        + (tag == null ? "" : ", not '" + tag + "'")));
    }

    /** Every tag Kiosk speaks, the default first. */
    public static List<String> tags() {
        return Arrays.stream(values()).map(Language::tag).toList();
    }
}
