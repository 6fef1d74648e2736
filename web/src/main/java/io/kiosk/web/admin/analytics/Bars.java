package io.kiosk.web.admin.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A horizontal bar chart drawn as SVG on the server: one bar per row, its length in proportion to the largest value,
 * with the row's label on the left and its value written at the end of the bar.
 */
public record Bars(List<Bar> bars, int height) {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 180;
    static final int ROW = 28;
    private static final int VALUE_ROOM = 120;

    /** One bar: its label, the text of its value, its top edge and its length in SVG units. */
    public record Bar(String label, String value, int y, int length) {
    }

    /** A labelled value to draw. */
    public record Entry(String label, BigDecimal value, String shown) {
    }

    static Bars of(List<Entry> entries) {
        BigDecimal largest = entries.stream().map(Entry::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        int room = WIDTH - LABEL_WIDTH - VALUE_ROOM;
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            int length = largest.signum() <= 0 || entry.value().signum() <= 0 ? 0
                    : Math.max(2, entry.value().multiply(BigDecimal.valueOf(room)).divide(largest, MathContext.DECIMAL64).intValue());
            bars.add(new Bar(entry.label(), entry.shown(), i * ROW + 4, length));
        }
        return new Bars(bars, Math.max(ROW, entries.size() * ROW + 8));
    }

    public int width() {
        return WIDTH;
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public boolean empty() {
        return bars.isEmpty();
    }
}
