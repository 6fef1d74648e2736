package io.kiosk.web.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    @ParameterizedTest(name = "Accept-Language \"{0}\" shows the shop in {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            none                          | zh-CN
            zh-CN,zh;q=0.9                | zh-CN
            zh-TW                         | zh-CN
            en-US,en;q=0.9                | en
            en-GB                         | en
            fr-FR,fr;q=0.9                | zh-CN
            de;q=0.9, en;q=0.5            | en
            fr, zh;q=0.8, en;q=0.7        | zh-CN
            ;;not a header                | zh-CN
            """)
    void the_browser_s_languages_pick_chinese_or_english_and_chinese_when_neither(String header, String shown) {
        assertThat(Languages.tag(Languages.fromAcceptLanguage(header))).isEqualTo(shown);
    }

    @ParameterizedTest(name = "the switch value \"{0}\" means {1}")
    @CsvSource({"en, en", "en-US, en", "zh-CN, zh-CN", "zh, zh-CN", "fr, zh-CN"})
    void the_switch_knows_only_the_shop_s_languages(String value, String shown) {
        assertThat(Languages.tag(Languages.fromTag(value))).isEqualTo(shown);
    }
}
