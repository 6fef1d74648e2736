package io.kiosk.web.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The storefront's languages: Chinese first (the default when a browser says nothing the shop speaks), English one
 * click away. A browser's {@code Accept-Language} picks between them until the shopper chooses with the switch.
 */
public final class Languages {

    public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private Languages() {
    }

    /** The supported language closest to an {@code Accept-Language} header; Chinese when it names none of them. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = Locale.forLanguageTag(range.getRange()).getLanguage();
                if ("zh".equals(language)) {
                    return CHINESE;
                }
                if ("en".equals(language)) {
                    return ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return CHINESE;
        }
        return CHINESE;
    }

    /** A language the shop speaks for a {@code lang} switch value ({@code en}, {@code zh-CN}, {@code zh}), or Chinese. */
    public static Locale fromTag(String tag) {
        if (tag == null) {
            return CHINESE;
        }
        return Locale.forLanguageTag(tag.strip()).getLanguage().equals("en") ? ENGLISH : CHINESE;
    }

    /** Whether {@code locale} is English (else Chinese). */
    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** The tag pages put in {@code lang} and links: {@code zh-CN} or {@code en}. */
    public static String tag(Locale locale) {
        return isEnglish(locale) ? "en" : "zh-CN";
    }
}
