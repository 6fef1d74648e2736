package io.kiosk.command.mail;

import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.Language;
import io.kiosk.api.pricing.Money;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;

/**
 * The words of every mail, from the bundles {@code mail/messages.properties} (Chinese, the default) and
 * {@code mail/messages_en.properties}: a mail {@code key} has a {@code key.subject} and a {@code key.body}, whose
 * {@code {0}}, {@code {1}}… are filled with the arguments as the language writes them: {@link Wording}s in that
 * language, money with the currency's symbol ({@code ¥1,299.00}, {@code CN¥1,299.00}), dates in full
 * ({@code 2026年12月1日}, {@code December 1, 2026}), anything else as its text. Every text goes through
 * {@link java.text.MessageFormat}, so a quote in the bundles is written twice ({@code ''}).
 */
@Component
public class MailTexts {

    private final ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();

    public MailTexts() {
        bundles.setBasename("mail/messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        bundles.setAlwaysUseMessageFormat(true);
    }

    /** Mail {@code key} in {@code language}. */
    public Mail mail(String key, Language language, Object... arguments) {
        return new Mail(text(key + ".subject", language, arguments), text(key + ".body", language, arguments));
    }

    /** The text {@code key} in {@code language}; a key the bundles lack is a fault of the code, and fails. */
    public String text(String key, Language language, Object... arguments) {
        Object[] written = Arrays.stream(arguments).map(argument -> written(argument, language)).toArray();
        return bundles.getMessage(key, written, language.locale());
    }

    /** The text {@code key}, in whichever language the mail is written. */
    public Wording phrase(String key, Object... arguments) {
        return language -> text(key, language, arguments);
    }

    /** How a mail opens: with the reader's name, or without one when it is not known. */
    public Wording greeting(String name) {
        return name == null || name.isBlank() ? phrase("greeting.unnamed") : phrase("greeting", name.strip());
    }

    /** A text kept in both languages (a product's name), in the reader's; in the other where the reader's is blank. */
    public static Wording localized(LocalizedText text) {
        return language -> {
            String chinese = text.zh();
            String english = text.en();
            return switch (language) {
                case ZH_CN -> chinese.isEmpty() ? english : chinese;
                case EN -> english.isEmpty() ? chinese : english;
            };
        };
    }

    /** A delivery address on one line: recipient, street, postal code and city, country (written alike in both languages). */
    public static String address(DeliveryAddress address) {
        return "%s, %s%s, %s %s, %s".formatted(address.recipient(), address.line1(),
                address.line2() == null ? "" : ", " + address.line2(), address.postalCode(), address.city(), address.country());
    }

    /** A delivery address on one line, with the phone number to call there. */
    public Wording addressWithPhone(DeliveryAddress address) {
        return language -> address(address) + text("address.phone", language, address.phone().value());
    }

    /** An amount with its currency, as readers of {@code language} write it. */
    public static String money(Money money, Language language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(language.locale());
        format.setCurrency(money.currency());
        int scale = Math.max(money.currency().getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(money.amount());
    }

    private static String written(Object argument, Language language) {
        if (argument instanceof Wording wording) {
            return wording.in(language);
        }
        if (argument instanceof Money money) {
            return money(money, language);
        }
        if (argument instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(date);
        }
        return argument == null ? "" : argument.toString();
    }
}
