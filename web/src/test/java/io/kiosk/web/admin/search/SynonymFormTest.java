package io.kiosk.web.admin.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SynonymFormTest {

    @Test
    void the_words_are_split_at_latin_and_chinese_commas_and_enumeration_marks_and_empty_ones_left_out() {
        SynonymForm form = new SynonymForm();
        form.setTerms(" 充电宝, 移动电源，移动充、 power bank ,, ");
        assertThat(form.words()).containsExactly("充电宝", "移动电源", "移动充", "power bank");
    }

    @Test
    void an_empty_id_lets_the_api_make_one() {
        SynonymForm form = new SynonymForm();
        form.setId("  ");
        assertThat(form.idOrNull()).isNull();
        form.setId(" safe ");
        assertThat(form.idOrNull()).isEqualTo("safe");
    }
}
