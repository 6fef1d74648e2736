package io.kiosk.web.admin.analytics;

/**
 * One part of the dashboard: its heading, its chart (exactly one of line, bars or heat map) and its table.
 *
 * @param id     the panel's HTML id and its table's download name
 * @param title  the message key of its heading
 */
public record Panel(String id, String title, Line line, Bars bars, HeatMap heatMap, DataTable table) {

    static Panel line(String id, String title, Line line, DataTable table) {
        return new Panel(id, title, line, null, null, table);
    }

    static Panel bars(String id, String title, Bars bars, DataTable table) {
        return new Panel(id, title, null, bars, null, table);
    }

    static Panel heatMap(String id, String title, HeatMap heatMap, DataTable table) {
        return new Panel(id, title, null, null, heatMap, table);
    }
}
