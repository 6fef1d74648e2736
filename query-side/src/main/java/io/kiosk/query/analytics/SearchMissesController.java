package io.kiosk.query.analytics;

import io.kiosk.api.analytics.ReportPeriod;
import io.kiosk.query.catalog.SearchMisses;
import io.kiosk.query.catalog.SearchMisses.SearchMiss;
import io.kiosk.query.problems.InvalidField;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/**
 * What shoppers searched for and did not find, for analysts ({@code ANALYST}, {@code ADMIN}): JSON, or CSV with
 * {@code Accept: text/csv}, as every report. Counted as the searches happen (not from the event log), so a replay
 * never changes it.
 */
@RestController
@RequestMapping(value = "/api/analytics", produces = {"application/json", "text/csv"})
@Tag(name = "Analytics")
class SearchMissesController {

    static final int MOST_ROWS = 1000;
    private final SearchMisses misses;

    SearchMissesController(SearchMisses misses) {
        this.misses = misses;
    }

    @GetMapping("/search-misses")
    @Operation(operationId = "reportSearchMisses", summary = "Product search texts that found nothing in the period: how often"
            + " (the most frequent first) and when last; lower-cased, nothing about who searched")
    Table<SearchMiss> searchMisses(
            @Parameter(description = "first mall day of the period (2026-11-01)", required = true)
            @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate from,
            @Parameter(description = "last mall day of the period, included", required = true)
            @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate to,
            @Parameter(description = "how many texts, 1 to " + MOST_ROWS + " (default 100)") @RequestParam(defaultValue = "100") int limit) {
        ReportPeriod period = AnalyticsController.period(from, to);
        if (limit < 1 || limit > MOST_ROWS) {
            throw new InvalidField("limit", "1 to " + MOST_ROWS + " texts");
        }
        return Table.of(period, SearchMiss.class, misses.report(period, limit));
    }
}
