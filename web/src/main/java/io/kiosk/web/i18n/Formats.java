package io.kiosk.web.i18n;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Money, dates and texts as a page shows them, in the request's language: templates call it as {@code @fmt}, such as
 * {@code ${@fmt.money(hit.fromPrice)}}, {@code ${@fmt.text(product.name)}}, {@code ${@fmt.date(window.earliest)}},
 * {@code ${@fmt.category(hit.category)}}.
 *
 * <p>Prices keep the locale's grouping and decimals ({@code ¥1,299.00}); the yuan is written {@code ¥} in English too
 * (CLDR's English default is {@code CN¥}), because every price in the mall is in yuan. Dates and times are the
 * mall's ({@link MallTime}).
 */
@Component("fmt")
public class Formats {

    private final ZoneId mallZone;
    private final MessageSource messages;

    Formats(Clock mallClock, MessageSource messages) {
        this.mallZone = mallClock.getZone();
        this.messages = messages;
    }

    /** A category's name ({@code category.<code>} in the catalogue bundle), or its code when the bundle has none. */
    public String category(String code) {
        return code == null ? "" : messages.getMessage("category." + code, null, code, locale());
    }

    public String money(io.kiosk.client.query.model.Money money) {
        return money == null ? "" : money(money.getAmount(), money.getCurrency());
    }

    public String money(io.kiosk.client.command.model.Money money) {
        return money == null ? "" : money(money.getAmount(), money.getCurrency());
    }

    /** {@code amount} of {@code currency} (an ISO 4217 code), such as ¥1,299.00. */
    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        Locale locale = locale();
        Currency unit = Currency.getInstance(currency == null ? "CNY" : currency);
        DecimalFormat format = (DecimalFormat) NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(unit);
        if ("CNY".equals(unit.getCurrencyCode())) {
            DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
            symbols.setCurrencySymbol("¥");
            format.setDecimalFormatSymbols(symbols);
        }
        return format.format(amount);
    }

    /** A price bound in whole yuan (¥200), for price bands. */
    public String wholeMoney(BigDecimal amount, String currency) {
        String full = money(amount, currency);
        return amount != null && amount.stripTrailingZeros().scale() <= 0 ? full.replaceAll("[.,]00$", "") : full;
    }

    /** A whole number with the locale's grouping. */
    public String number(Number value) {
        return value == null ? "" : NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** A day, such as 2026年12月3日 or Dec 3, 2026. */
    public String date(LocalDate day) {
        return day == null ? "" : day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
    }

    /** A moment as a date and time in the mall's zone. */
    public String dateTime(OffsetDateTime moment) {
        return moment == null ? "" : dateTime(moment.toInstant());
    }

    /** A moment as a date and time in the mall's zone. */
    public String dateTime(Instant moment) {
        // newer JDKs put a narrow no-break space before AM/PM, which not every shopper's font has: a plain space reads the same
        return moment == null ? "" : moment.atZone(mallZone)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale()))
                .replace('\u202f', ' ');
    }

    /** The text in the page's language, or the other one when it has none. */
    public String text(io.kiosk.client.query.model.LocalizedText text) {
        return text == null ? "" : text(text.getZh(), text.getEn());
    }

    /** The text in the page's language, or the other one when it has none. */
    public String text(io.kiosk.client.command.model.LocalizedText text) {
        return text == null ? "" : text(text.getZh(), text.getEn());
    }

    /** The Chinese or the English text, as the page's language wants, or the other one when it is missing. */
    public String text(String chinese, String english) {
        boolean wantsEnglish = Languages.isEnglish(locale());
        String first = wantsEnglish ? english : chinese;
        String second = wantsEnglish ? chinese : english;
        return first != null && !first.isBlank() ? first : second == null ? "" : second;
    }

    /** The mall's time zone. */
    public ZoneId zone() {
        return mallZone;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
