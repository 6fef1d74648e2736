package io.kiosk.projections.pinyin;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pinyin of a text's Chinese characters, without tones, one syllable per character separated by spaces
 * ({@code 充电器} → {@code chong dian qi}), and the initials the same way ({@code c d q}); other characters are left
 * out. A polyphonic character has several readings, and pinyin4j cannot tell from the context which one is meant
 * (it lists 柜 as {@code ju} before {@code gui}): the first spelling takes each character's first reading, and one more
 * spelling is made for each other reading of each polyphonic character, so that every reading of every character is
 * found while the count grows with the text's length, not exponentially. {@code ü} is written {@code v}, as shoppers
 * type it, and also {@code u} ({@code lv}, {@code lu}).
 */
public final class PinyinReadings {

    /** Enough for any product or person's name; a longer text's later alternatives are left out. */
    static final int MAX_SPELLINGS = 16;
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    }

    private PinyinReadings() {
    }

    /** Every spelling of the text's Chinese characters, the most likely first; empty when it has none. */
    public static List<String> spellings(String text) {
        return spell(readings(text), false);
    }

    /** The same spellings as initials, {@code c d q}. */
    public static List<String> initials(String text) {
        return spell(readings(text), true);
    }

    /** The readings of one character, the most common first; empty for a character that is not Chinese. */
    static List<String> readingsOf(char character) {
        String[] found;
        try {
            found = PinyinHelper.toHanyuPinyinStringArray(character, FORMAT);
        } catch (BadHanyuPinyinOutputFormatCombination impossible) {
            throw new IllegalStateException(impossible);
        }
        if (found == null) {
            return List.of();
        }
        Set<String> readings = new LinkedHashSet<>();
        for (String reading : found) {
            if (!reading.isEmpty() && reading.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                readings.add(reading);
                if (reading.contains("v")) {
                    readings.add(reading.replace('v', 'u'));
                }
            }
        }
        return List.copyOf(readings);
    }

    private static List<List<String>> readings(String text) {
        List<List<String>> readings = new ArrayList<>();
        if (text == null) {
            return readings;
        }
        for (int i = 0; i < text.length(); i++) {
            List<String> ofCharacter = readingsOf(text.charAt(i));
            if (!ofCharacter.isEmpty()) {
                readings.add(ofCharacter);
            }
        }
        return readings;
    }

    private static List<String> spell(List<List<String>> readings, boolean initialsOnly) {
        if (readings.isEmpty()) {
            return List.of();
        }
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(spelling(readings, -1, null, initialsOnly));
        for (int at = 0; at < readings.size() && spellings.size() < MAX_SPELLINGS; at++) {
            for (String other : readings.get(at).subList(1, readings.get(at).size())) {
                if (spellings.size() < MAX_SPELLINGS) {
                    spellings.add(spelling(readings, at, other, initialsOnly));
                }
            }
        }
        return List.copyOf(spellings);
    }

    private static String spelling(List<List<String>> readings, int at, String instead, boolean initialsOnly) {
        StringBuilder spelling = new StringBuilder();
        for (int i = 0; i < readings.size(); i++) {
            String reading = i == at ? instead : readings.get(i).get(0);
            if (!spelling.isEmpty()) {
                spelling.append(' ');
            }
            spelling.append(initialsOnly ? reading.substring(0, 1) : reading);
        }
        return spelling.toString();
    }
}
