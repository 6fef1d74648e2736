package io.kiosk.web.admin.orders;

import io.kiosk.web.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An event's payload as a person reads it: one named line per fact, never JSON. Money reads as money (¥267.90),
 * days and instants in the page's language and the mall's time, a product's options as {@code colour=black, size=L},
 * a product's label as its name, a Chinese-and-English text in the page's language, an id record ({@code {"id": …}})
 * as the id, nested facts with their path ({@code 地址 · 城市}); field names from the bundle
 * ({@code admin.field.<name>}), or the name split into words when it has none.
 */
@Component
class PayloadFields {

    /** How the query side writes a text of a customer whose personal data was erased. */
    private static final String ERASED = "[erased]";

    private final Formats fmt;
    private final MessageSource messages;

    PayloadFields(Formats fmt, MessageSource messages) {
        this.fmt = fmt;
        this.messages = messages;
    }

    List<PayloadField> of(Object payload) {
        List<PayloadField> fields = new ArrayList<>();
        if (payload instanceof Map<?, ?> map) {
            map.forEach((name, value) -> add(fields, label(String.valueOf(name)), value));
        } else if (payload != null) {
            fields.add(new PayloadField("", String.valueOf(payload)));
        }
        return fields;
    }

    private void add(List<PayloadField> fields, String name, Object value) {
        if (value == null) {
            return;
        }
        String simple = simple(value);
        if (simple != null) {
            fields.add(new PayloadField(name, simple));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((inner, innerValue) -> {
                String innerName = name + " · " + label(String.valueOf(inner));
                if ("options".equals(inner) && innerValue instanceof Map<?, ?> options) {
                    // a product's chosen options: colour=black, size=XL
                    fields.add(new PayloadField(innerName, options.entrySet().stream()
                            .map(option -> option.getKey() + "=" + option.getValue()).collect(Collectors.joining(", "))));
                } else {
                    add(fields, innerName, innerValue);
                }
            });
        } else if (value instanceof Collection<?> items) {
            int index = 1;
            for (Object item : items) {
                add(fields, items.size() == 1 ? name : name + " " + index++, item);
            }
        }
    }

    /** The value in one line when it is one fact (text, number, money, text in two languages, an id); else null. */
    private String simple(Object value) {
        if (value instanceof String text) {
            if (ERASED.equals(text)) {
                // a customer's personal data after their erasure (the query side reads it so)
                return messages.getMessage("admin.field.erased", null, locale());
            }
            return text.matches("[A-Z][A-Z_]+") ? named(text) : instant(text);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value instanceof Boolean yes ? messages.getMessage(yes ? "admin.yes" : "admin.no", null, locale())
                    : value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 2 && map.containsKey("amount") && map.containsKey("currency")) {
                return fmt.money(new BigDecimal(String.valueOf(map.get("amount"))), String.valueOf(map.get("currency")));
            }
            if (map.containsKey("zh") && map.containsKey("en") && map.size() <= 2) {
                return fmt.text(String.valueOf(map.get("zh")), String.valueOf(map.get("en")));
            }
            if (map.size() == 1 && (map.containsKey("id") || map.containsKey("value"))) {
                return simple(map.values().iterator().next());
            }
            if (map.get("name") instanceof Map<?, ?> name && name.containsKey("zh") && name.containsKey("en")) {
                // a product's label reads as its name
                return simple(name);
            }
        }
        return null;
    }

    private String instant(String text) {
        if (text.length() == 10 && Character.isDigit(text.charAt(0)) && text.charAt(4) == '-' && text.charAt(7) == '-') {
            try {
                return fmt.date(LocalDate.parse(text));
            } catch (DateTimeParseException notADay) {
                return text;
            }
        }
        if (text.length() >= 20 && text.length() <= 35 && Character.isDigit(text.charAt(0)) && text.charAt(10) == 'T') {
            try {
                return fmt.dateTime(OffsetDateTime.parse(text));
            } catch (DateTimeParseException notAnInstant) {
                return text;
            }
        }
        return text;
    }

    /** A constant (CARD, PAID, DAMAGED) in words, when the shop's bundles have a word for it. */
    private String named(String constant) {
        for (String kind : List.of("checkout.method.", "orders.status.", "refunds.reason.", "refunds.status.")) {
            String words = messages.getMessage(kind + constant, null, null, locale());
            if (words != null) {
                return words;
            }
        }
        return constant;
    }

    private String label(String name) {
        return messages.getMessage("admin.field." + name, null, words(name), locale());
    }

    /** {@code trackingNumber} → {@code tracking number}. */
    static String words(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static java.util.Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
