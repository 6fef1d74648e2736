package io.kiosk.web.admin.analytics;

import java.util.List;

/**
 * A table as the dashboard shows it beside its chart and as its CSV download writes it: the same columns and rows.
 * Each cell has the text a person reads (¥1,299.00, 12.5%) and the plain value the CSV holds (1299.00, 0.125), which
 * is the API's own value, so that the download equals the API's answer.
 *
 * @param name      the table's name in its download's address and file name ({@code sales-by-day})
 * @param columns   the message keys of the column headings
 * @param rows      the rows, each as many cells as there are columns
 */
public record DataTable(String name, List<String> columns, List<List<Cell>> rows) {

    public DataTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One cell: what the page shows, and what the CSV holds. */
    public record Cell(String shown, String plain) {

        static Cell of(String both) {
            return new Cell(both, both);
        }
    }
}
