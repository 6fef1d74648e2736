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
    private static final Set<String> SYLLABLES = everySyllable();

    private TypedPinyin() {
    }

    /** The syllables of the text, space-separated, if all of it is pinyin. */
    public static Optional<String> syllables(String typed) {
        String text = normalized(typed);
        if (text.isEmpty() || !LATIN.matcher(text).matches()) {
            return Optional.empty();
        }
        List<String> syllables = new ArrayList<>();
        for (String word : text.split("[' ]+")) {
            if (!word.isEmpty() && !split(word, 0, syllables, new boolean[word.length()])) {
                return Optional.empty();
            }
        }
        return syllables.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", syllables));
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

    /** Longest syllables first, backtracking; {@code dead} marks where no split can start, so each place is tried once. */
    private static boolean split(String word, int from, List<String> into, boolean[] dead) {
        if (from == word.length()) {
            return true;
        }
        if (dead[from]) {
            return false;
        }
        for (int end = Math.min(word.length(), from + LONGEST_SYLLABLE); end > from; end--) {
            String syllable = word.substring(from, end);
            if (SYLLABLES.contains(syllable)) {
                into.add(syllable);
                if (split(word, end, into, dead)) {
                    return true;
                }
                into.remove(into.size() - 1);
            }
        }
        dead[from] = true;
        return false;
    }

    /** Every syllable pinyin4j gives any character of the basic CJK block: the syllables names are written in. */
    private static Set<String> everySyllable() {
        Set<String> syllables = new HashSet<>();
        for (char character = '\u4e00'; character <= '\u9fa5'; character++) {
            syllables.addAll(PinyinReadings.readingsOf(character));
        }
        return Set.copyOf(syllables);
    }
}
