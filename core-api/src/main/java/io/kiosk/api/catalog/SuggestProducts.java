package io.kiosk.api.catalog;

/**
 * Names of published products that complete what a shopper has typed so far: the start of a name or of a word in
 * it, in Chinese, English or pinyin (full, {@code chongdian}, or initials, {@code cdq}), a misspelt English word
 * forgiven. {@code language} ({@code zh} or {@code en}) is the language of the names answered.
 */
public record SuggestProducts(String prefix, String language, int size) {

    public static final int MAX_PREFIX_LENGTH = 50;
    public static final int MAX_SIZE = 10;

    public SuggestProducts {
        prefix = prefix == null ? "" : prefix.strip();
        if (prefix.isEmpty() || prefix.length() > MAX_PREFIX_LENGTH) {
            throw new IllegalArgumentException("a prefix is 1 to " + MAX_PREFIX_LENGTH + " characters");
        }
        if (!"zh".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("the language is zh or en");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("1 to " + MAX_SIZE + " suggestions");
        }
    }
}
