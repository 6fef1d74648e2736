package io.kiosk.web.admin.analytics;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a dashboard table as CSV (RFC 4180): a heading row in the page's language, then each row's plain values.
 * It starts with a byte order mark, which spreadsheet programs need to read UTF-8 (Chinese headings) as UTF-8.
 */
@Component
class CsvTables {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final MessageSource messages;

    CsvTables(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(DataTable table) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        csv.append(line(table.columns().stream()
                .map(key -> messages.getMessage(key, null, LocaleContextHolder.getLocale())).toList()));
        table.rows().forEach(row -> csv.append(line(row.stream().map(DataTable.Cell::plain).toList())));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<String> values) {
        return values.stream().map(CsvTables::field).collect(Collectors.joining(",")) + "\r\n";
    }

    /** A value as a CSV field: quoted when it holds a comma, quote or line break; a formula's first sign defused. */
    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+@".indexOf(text.charAt(0)) >= 0) {
            // a spreadsheet would run it as a formula (CSV injection): a product name is anyone's text
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
