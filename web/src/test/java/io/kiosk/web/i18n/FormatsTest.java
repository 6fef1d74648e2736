package io.kiosk.web.i18n;

import io.kiosk.client.query.model.LocalizedText;
import io.kiosk.client.query.model.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private final Formats formats = new Formats(Clock.system(ZoneId.of("Asia/Shanghai")), categories());

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void prices_are_yuan_with_the_language_s_grouping_and_two_decimals() {
        Money price = new Money().amount(new BigDecimal("1299.00")).currency("CNY");

        LocaleContextHolder.setLocale(Languages.CHINESE);
        assertThat(formats.money(price)).isEqualTo("¥1,299.00");
        assertThat(formats.money(new BigDecimal("267.9"), "CNY")).isEqualTo("¥267.90");

        LocaleContextHolder.setLocale(Languages.ENGLISH);
        assertThat(formats.money(price)).isEqualTo("¥1,299.00");
    }

    @Test
    void price_bands_are_written_in_whole_yuan() {
        LocaleContextHolder.setLocale(Languages.CHINESE);
        assertThat(formats.wholeMoney(new BigDecimal("1000"), "CNY")).isEqualTo("¥1,000");
        assertThat(formats.wholeMoney(new BigDecimal("99.50"), "CNY")).isEqualTo("¥99.50");
    }

    @Test
    void another_currency_keeps_its_own_symbol() {
        LocaleContextHolder.setLocale(Languages.ENGLISH);
        assertThat(formats.money(new BigDecimal("10.50"), "USD")).isEqualTo("$10.50");
    }

    @Test
    void days_are_written_in_the_page_s_language() {
        LocalDate day = LocalDate.of(2026, 12, 3);

        LocaleContextHolder.setLocale(Languages.CHINESE);
        assertThat(formats.date(day)).isEqualTo("2026年12月3日");

        LocaleContextHolder.setLocale(Languages.ENGLISH);
        assertThat(formats.date(day)).isEqualTo("Dec 3, 2026");
    }

    @Test
    void moments_are_shown_in_the_mall_s_time_zone() {
        // 23:30 in London on 2 December is 07:30 on 3 December in Shanghai
        OffsetDateTime late = OffsetDateTime.of(2026, 12, 2, 23, 30, 0, 0, ZoneOffset.UTC);

        LocaleContextHolder.setLocale(Languages.ENGLISH);
        assertThat(formats.dateTime(late)).isEqualTo("Dec 3, 2026, 7:30 AM");
        assertThat(formats.dateTime(Instant.parse("2026-12-03T06:05:00Z"))).isEqualTo("Dec 3, 2026, 2:05 PM");

        LocaleContextHolder.setLocale(Languages.CHINESE);
        assertThat(formats.dateTime(late)).startsWith("2026年12月3日").contains("7:30");
    }

    @Test
    void a_text_is_shown_in_the_page_s_language_or_else_in_the_other() {
        LocalizedText both = new LocalizedText().zh("无线充电器").en("Wireless charger");
        LocalizedText chineseOnly = new LocalizedText().zh("茶礼");

        LocaleContextHolder.setLocale(Languages.CHINESE);
        assertThat(formats.text(both)).isEqualTo("无线充电器");

        LocaleContextHolder.setLocale(Languages.ENGLISH);
        assertThat(formats.text(both)).isEqualTo("Wireless charger");
        assertThat(formats.text(chineseOnly)).isEqualTo("茶礼");
    }

    @Test
    void a_category_has_its_name_from_the_bundle_or_else_its_code() {
        LocaleContextHolder.setLocale(Languages.CHINESE);
        assertThat(formats.category("audio")).isEqualTo("影音设备");
        assertThat(formats.category("garden-tools")).isEqualTo("garden-tools");
    }

    private static StaticMessageSource categories() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("category.audio", Locale.forLanguageTag("zh-CN"), "影音设备");
        return messages;
    }
}
