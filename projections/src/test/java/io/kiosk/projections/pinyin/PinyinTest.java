package io.kiosk.projections.pinyin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinTest {

    @Test
    void a_name_is_spelt_in_syllables_and_initials_and_latin_words_are_left_out() {
        assertThat(PinyinReadings.spellings("KS 无线充电器 Pro")).first().isEqualTo("wu xian chong dian qi");
        assertThat(PinyinReadings.initials("KS 无线充电器 Pro")).first().isEqualTo("w x c d q");
        assertThat(PinyinReadings.spellings("Pro")).isEmpty();
    }

    @Test
    void every_reading_of_a_polyphonic_character_is_spelt_and_u_umlaut_both_ways() {
        assertThat(PinyinReadings.spellings("文件柜")).contains("wen jian ju", "wen jian gui");
        assertThat(PinyinReadings.initials("文件柜")).contains("w j j", "w j g");
        assertThat(PinyinReadings.spellings("铝框")).contains("lv kuang", "lu kuang");
    }

    @Test
    void typed_pinyin_splits_into_syllables_longest_first_words_apart_and_latin_words_are_not_pinyin() {
        assertThat(TypedPinyin.syllables("chongdianqi")).first().isEqualTo("chong dian qi");
        assertThat(TypedPinyin.syllables("bangongyi")).first().isEqualTo("ban gong yi");
        assertThat(TypedPinyin.syllables("Yidong Dianyuan")).first().isEqualTo("yi dong dian yuan");
        assertThat(TypedPinyin.syllables("xian")).contains("xian", "xi an");
        assertThat(TypedPinyin.syllables("lamp")).isEmpty();
        assertThat(TypedPinyin.syllables("充电")).isEmpty();
    }

    @Test
    void a_short_word_is_also_read_as_initials() {
        assertThat(TypedPinyin.initials("cdq")).contains("c d q");
        assertThat(TypedPinyin.initials("c")).isEmpty();
        assertThat(TypedPinyin.initials("two words")).isEmpty();
    }

    @Test
    void a_long_word_of_near_syllables_is_split_or_refused_quickly() {
        assertThat(TypedPinyin.syllables("nanananananananananananananananananananananananananananananx")).isEmpty();
    }
}
