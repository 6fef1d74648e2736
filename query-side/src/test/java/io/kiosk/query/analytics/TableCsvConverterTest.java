package io.kiosk.query.analytics;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpOutputMessage;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Any table as RFC 4180 CSV: header from the row record, quoting only where a field needs it, CRLF line ends. */
class TableCsvConverterTest {

    record Row(String name, BigDecimal amount, Integer count, LocalDate day) {
    }

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted_and_absent_values_are_empty() throws IOException {
        Table<Row> table = new Table<>(LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 9), Row.class, List.of(
                new Row("plain", new BigDecimal("1E+3"), 3, LocalDate.of(2031, 3, 3)),
                new Row("a, b", new BigDecimal("0.50"), null, null),
                new Row("say \"hi\"", null, 0, null),
                new Row("two\r\nlines", BigDecimal.ZERO, 1, null)));
        MockHttpOutputMessage output = new MockHttpOutputMessage();

        new TableCsvConverter().write(table, MediaType.parseMediaType("text/csv"), output);

        assertThat(output.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo("name,amount,count,day\r\n"
                + "plain,1000,3,2031-03-03\r\n"
                + "\"a, b\",0.50,,\r\n"
                + "\"say \"\"hi\"\"\",,0,\r\n"
                + "\"two\r\nlines\",0,1,\r\n");
        assertThat(output.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
    }

    @Test
    void an_empty_table_still_has_its_header() throws IOException {
        MockHttpOutputMessage output = new MockHttpOutputMessage();

        new TableCsvConverter().write(new Table<>(LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 3), Row.class, List.of()),
                MediaType.parseMediaType("text/csv"), output);

        assertThat(output.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo("name,amount,count,day\r\n");
    }
}
