package io.kiosk.projections.pinyin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a shopper typed, read as pinyin: split into syllables as {@link PinyinReadings} writes them
 * ({@code chongdianqi} → {@code chong dian qi}), or taken as initials ({@code cdq} → {@code c d q}). Words typed
 * apart stay apart; within a word the longest syllables are tried first, and a word that cannot be split into
 * syllables is not pinyin ({@code lamp}).
 */
public final class TypedPinyin {

    private static final Pattern LATIN = Pattern.compile("[a-z' ]+");
    private static final Pattern INITIALS = Pattern.compile("[a-z]{2,12}");
    private static final int LONGEST_SYLLABLE = 6;
    static final int MOST_SPLITS = 3;
    private static final Pattern VOWEL = Pattern.compile(".*[aeiouv].*");
    private static final Set<String> SYLLABLES = everySyllable();

    private TypedPinyin() {
    }

    /** The ways the text splits into syllables, each space-separated; empty unless all of it is pinyin. */
    public static List<String> syllables(String typed) {
        String text = normalized(typed);
        if (text.isEmpty() || !LATIN.matcher(text).matches()) {
            return List.of();
        }
        List<String> splits = List.of("");
        for (String word : text.split("[' ]+")) {
            if (word.isEmpty()) {
                continue;
            }
            List<String> ofWord = new ArrayList<>();
            split(word, 0, new ArrayList<>(), new boolean[word.length()], ofWord);
            if (ofWord.isEmpty()) {
                return List.of();
            }
            List<String> longer = new ArrayList<>();
            for (String before : splits) {
                for (String after : ofWord) {
                    if (longer.size() < MOST_SPLITS) {
                        longer.add(before.isEmpty() ? after : before + " " + after);
                    }
                }
            }
            splits = longer;
        }
        return splits.equals(List.of("")) ? List.of() : List.copyOf(splits);
    }

    /** The letters of a short word as initials, space-separated ({@code cdq} → {@code c d q}). */
    public static Optional<String> initials(String typed) {
        String text = normalized(typed);
        if (!INITIALS.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", text.split("")));
    }

    /** Whether the text is Latin letters only (with spaces and apostrophes), so that it may be pinyin. */
    public static boolean mayBePinyin(String typed) {
        String text = normalized(typed);
        return !text.isEmpty() && LATIN.matcher(text).matches();
    }

    private static String normalized(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /**
     * Adds to {@code splits} each way {@code word} splits from {@code from} on, longest syllables first, until there
     * are {@value #MOST_SPLITS}; {@code dead} marks where no split can start, so each such place is tried once.
     * Answers whether any split was found from here.
     */
    private static boolean split(String word, int from, List<String> syllables, boolean[] dead, List<String> splits) {
        if (from == word.length()) {
            splits.add(String.join(" ", syllables));
            return true;
        }
        if (dead[from]) {
            return false;
        }
        boolean any = false;
        for (int end = Math.min(word.length(), from + LONGEST_SYLLABLE); end > from && splits.size() < MOST_SPLITS; end--) {
            String syllable = word.substring(from, end);
            if (SYLLABLES.contains(syllable)) {
                syllables.add(syllable);
                any |= split(word, end, syllables, dead, splits);
                syllables.remove(syllables.size() - 1);
            }
        }
        if (!any && splits.size() < MOST_SPLITS) {
            dead[from] = true;
        }
        return any;
    }

    /**
     * Every syllable pinyin4j gives any character of the basic CJK block: the syllables names are written in; without
     * the interjections that have no vowel ({@code m}, {@code n}, {@code ng}, {@code hm}), which would split ordinary
     * words wrongly ({@code bangongyi} as {@code bang o ng yi}).
     */
    private static Set<String> everySyllable() {
        Set<String> syllables = new HashSet<>();
        for (char character = '\u4e00'; character <= '\u9fa5'; character++) {
            PinyinReadings.readingsOf(character).stream().filter(s -> VOWEL.matcher(s).matches()).forEach(syllables::add);
        }
        return Set.copyOf(syllables);
    }
}
