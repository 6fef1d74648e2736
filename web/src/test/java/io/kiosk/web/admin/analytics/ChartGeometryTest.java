package io.kiosk.web.admin.analytics;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChartGeometryTest {

    @Test
    void the_longest_bar_is_the_largest_value_and_a_zero_draws_none() {
        Bars bars = Bars.of(List.of(new Bars.Entry("a", new BigDecimal("100"), "100"), new Bars.Entry("b", new BigDecimal("25"), "25"),
                new Bars.Entry("c", BigDecimal.ZERO, "0")));

        assertThat(bars.bars()).extracting(Bars.Bar::length).containsExactly(340, 85, 0);
        assertThat(bars.bars()).extracting(Bars.Bar::y).containsExactly(4, 32, 60);
    }

    @Test
    void the_line_rises_with_the_value_from_the_axis_to_the_top_for_the_largest() {
        Line line = Line.of(List.of(new Line.Point("d1", BigDecimal.ZERO, "¥0.00"), new Line.Point("d2", new BigDecimal("267.90"), "¥267.90")),
                "¥267.90");

        assertThat(line.points()).isEqualTo("80,190 624,16");
        assertThat(line.dots()).extracting(Line.Dot::title).containsExactly("d1: ¥0.00", "d2: ¥267.90");
    }

    @Test
    void the_heat_map_has_a_cell_per_hour_of_each_weekday_shaded_by_its_orders() {
        HeatMap map = HeatMap.of(List.of("一", "二", "三", "四", "五", "六", "日"), Map.of("1:10", 4L, "7:23", 1L),
                (weekday, hour, count) -> weekday + hour + ":" + count);

        assertThat(map.cells()).hasSize(7 * 24);
        assertThat(map.cells().get(10).fill()).isEqualTo("#8c1d18");
        assertThat(map.cells().get(10).title()).isEqualTo("一10:4");
        assertThat(map.cells().get(6 * 24 + 23).fill()).isNotEqualTo("#f6f8fa").isNotEqualTo("#8c1d18");
        assertThat(map.cells().get(0).fill()).isEqualTo("#f6f8fa");
    }

    @Test
    void a_csv_field_is_quoted_when_it_must_be_and_a_formula_is_defused() {
        assertThat(CsvTables.field("KS 无线充电器 Pro")).isEqualTo("KS 无线充电器 Pro");
        assertThat(CsvTables.field("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
        assertThat(CsvTables.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvTables.field("-12.00")).isEqualTo("-12.00");
        assertThat(CsvTables.field(null)).isEmpty();
    }
}
