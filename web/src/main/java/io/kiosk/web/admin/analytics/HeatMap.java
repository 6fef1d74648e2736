package io.kiosk.web.admin.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The weekday × hour heat map drawn as SVG on the server: seven rows (Monday first) of 24 cells, each shaded from
 * the page's colour to the brand's by how many orders were placed in that hour of that weekday, its count as a tooltip.
 * The shades are SVG fill attributes (no inline styles: the Content-Security-Policy forbids them).
 */
public record HeatMap(List<String> weekdays, List<Cell> cells) {

    static final int CELL = 22;
    static final int LEFT = 64;
    static final int TOP = 20;
    private static final String[] SHADES = {"#f6f8fa", "#fbe3e1", "#f5c2bd", "#ec9a92", "#dd6b60", "#c83c31", "#8c1d18"};

    /** One hour of one weekday: where it is drawn, its shade and its tooltip. */
    public record Cell(int x, int y, String fill, String title) {
    }

    /**
     * @param weekdays the seven weekday names, Monday first
     * @param counts   orders placed per weekday (1 = Monday) and hour, as "weekday:hour"
     * @param titles   the tooltip of a cell given its weekday name, hour and count
     */
    static HeatMap of(List<String> weekdays, Map<String, Long> counts, TitleWriter titles) {
        long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Cell> cells = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                long count = counts.getOrDefault(day + ":" + hour, 0L);
                int shade = most == 0 || count == 0 ? 0 : (int) Math.max(1, Math.round(count * (SHADES.length - 1.0) / most));
                cells.add(new Cell(LEFT + hour * CELL, TOP + (day - 1) * CELL, SHADES[shade],
                        titles.title(weekdays.get(day - 1), hour, count)));
            }
        }
        return new HeatMap(weekdays, cells);
    }

    /** Writes a cell's tooltip. */
    public interface TitleWriter {
        String title(String weekday, int hour, long count);
    }

    public int width() {
        return LEFT + 24 * CELL + 4;
    }

    public int height() {
        return TOP + 7 * CELL + 4;
    }

    public int cell() {
        return CELL;
    }

    public int left() {
        return LEFT;
    }

    public int topEdge() {
        return TOP;
    }
}
