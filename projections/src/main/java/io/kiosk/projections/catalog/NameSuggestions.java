package io.kiosk.projections.catalog;

import io.kiosk.api.catalog.LocalizedText;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the search box completes to a product: its names from their start and from the start of each later word
 * ({@code 充电器} as well as {@code KS 无线充电器 Pro}, since a Chinese name has no spaces: from each character on),
 * and the Chinese name in pinyin, joined, from each syllable on ({@code chongdianqi}), and in initials ({@code cdq}).
 * The completion suggester matches the start of an input, so each of these is an input. Products that sell more
 * weigh more.
 */
final class NameSuggestions {

    /** Inputs shorter than this say too little to suggest a product by (a lone character, a lone syllable). */
    private static final int SHORTEST_CHINESE = 2;
    private static final int LONGEST_INPUT = 50;

    private NameSuggestions() {
    }

    /** A completion field's value: the inputs and the weight. */
    record Completion(List<String> input, int weight) {
    }

    static Completion of(LocalizedText name, ProductDocument.NamePinyin pinyin, long unitsSold) {
        Set<String> inputs = new LinkedHashSet<>();
        fromEachCharacter(name.zh(), inputs);
        fromEachWord(name.en(), inputs);
        for (int i = 0; i < pinyin.full().size(); i++) {
            String[] syllables = pinyin.full().get(i).split(" ");
            for (int from = 0; from < (i == 0 ? syllables.length - 1 : 1); from++) {
                inputs.add(String.join("", List.of(syllables).subList(from, syllables.length)));
            }
        }
        if (!pinyin.initials().isEmpty()) {
            String initials = pinyin.initials().get(0).replace(" ", "");
            for (int from = 0; from < initials.length() - 1; from++) {
                inputs.add(initials.substring(from));
            }
        }
        inputs.removeIf(input -> input.isBlank() || input.length() > LONGEST_INPUT);
        return new Completion(List.copyOf(inputs), (int) Math.min(unitsSold, Integer.MAX_VALUE - 1) + 1);
    }

    private static void fromEachCharacter(String text, Set<String> inputs) {
        String name = text.strip();
        inputs.add(name);
        for (int from = 1; from <= name.length() - SHORTEST_CHINESE; from++) {
            if (Character.UnicodeScript.of(name.charAt(from)) == Character.UnicodeScript.HAN
                    || Character.isLetterOrDigit(name.charAt(from)) && name.charAt(from - 1) == ' ') {
                inputs.add(name.substring(from));
            }
        }
    }

    private static void fromEachWord(String text, Set<String> inputs) {
        String name = text.strip();
        inputs.add(name);
        for (int from = 1; from < name.length(); from++) {
            if (name.charAt(from - 1) == ' ' && Character.isLetterOrDigit(name.charAt(from))) {
                inputs.add(name.substring(from));
            }
        }
    }
}
