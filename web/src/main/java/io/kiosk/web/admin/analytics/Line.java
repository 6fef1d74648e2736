package io.kiosk.web.admin.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A line chart drawn as SVG on the server: one point per day of the period (a day without sales is 0), the line
 * through them, a dot on each with its value as a tooltip, the largest value on the axis and the first and last day
 * under it.
 */
public record Line(String points, List<Dot> dots, String top, String firstDay, String lastDay) {

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    static final int LEFT = 80;
    static final int TOP = 16;
    static final int BOTTOM = 190;
    private static final int RIGHT = 624;

    /** One point of the line, with the day and value its tooltip says. */
    public record Dot(int x, int y, String title) {
    }

    /** A day's value to draw. */
    public record Point(String day, BigDecimal value, String shown) {
    }

    static Line of(List<Point> points, String top) {
        BigDecimal largest = points.stream().map(Point::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        List<Dot> dots = new ArrayList<>();
        int span = Math.max(1, points.size() - 1);
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            int x = points.size() == 1 ? (LEFT + RIGHT) / 2 : LEFT + (RIGHT - LEFT) * i / span;
            int rise = largest.signum() <= 0 ? 0
                    : point.value().max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(BOTTOM - TOP)).divide(largest, MathContext.DECIMAL64).intValue();
            dots.add(new Dot(x, BOTTOM - rise, point.day() + ": " + point.shown()));
        }
        String polyline = dots.stream().map(dot -> dot.x() + "," + dot.y()).collect(Collectors.joining(" "));
        return new Line(polyline, dots, top, points.isEmpty() ? "" : points.get(0).day(),
                points.isEmpty() ? "" : points.get(points.size() - 1).day());
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return RIGHT;
    }

    public int topEdge() {
        return TOP;
    }

    public int bottom() {
        return BOTTOM;
    }
}
