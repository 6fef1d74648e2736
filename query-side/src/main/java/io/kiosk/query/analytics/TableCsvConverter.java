package io.kiosk.query.analytics;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes any {@link Table} as RFC 4180 CSV ({@code text/csv}, UTF-8): a header row with the row record's
 * component names (the same names as the JSON fields), then one line per row, CRLF line ends, a field quoted
 * when it holds a comma, a quote or a line break (quotes doubled), an absent value as an empty field and
 * numbers in plain notation.
 */
final class TableCsvConverter extends AbstractHttpMessageConverter<Table<?>> {

    static final MediaType TEXT_CSV = new MediaType("text", "csv");
    private static final String CRLF = "\r\n";

    TableCsvConverter() {
        super(StandardCharsets.UTF_8, TEXT_CSV);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Table.class.isAssignableFrom(type);
    }

    @Override
    public boolean canRead(Class<?> type, MediaType mediaType) {
        return false;
    }

    @Override
    protected Table<?> readInternal(Class<? extends Table<?>> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("tables are answers, never requests", input);
    }

    @Override
    protected void writeInternal(Table<?> table, HttpOutputMessage output) throws IOException {
        RecordComponent[] columns = table.rowType().getRecordComponents();
        Writer csv = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>();
        for (RecordComponent column : columns) {
            header.add(column.getName());
        }
        writeLine(csv, header);
        for (Record row : table.rows()) {
            List<String> fields = new ArrayList<>(columns.length);
            for (RecordComponent column : columns) {
                fields.add(text(value(row, column)));
            }
            writeLine(csv, fields);
        }
        csv.flush();
    }

    private static Object value(Record row, RecordComponent column) {
        try {
            return column.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException unreadable) {
            throw new HttpMessageNotWritableException("cannot read " + column.getName() + " of " + row.getClass(), unreadable);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    }

    private static void writeLine(Writer csv, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.write(',');
            }
            csv.write(quoted(fields.get(i)));
        }
        csv.write(CRLF);
    }

    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
