package io.kiosk.web.admin.analytics;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.AnalyticsApi;
import io.kiosk.web.backend.Backend;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The analysts' dashboard over a chosen period ({@code ANALYST}, {@code ADMIN}): every chart beside its table, and
 * each table as a CSV download of exactly what it shows. Everything comes from the analytics API, asked once per
 * report; the figures are the API's.
 */
@Controller
class AnalyticsDashboard {

    private final AnalyticsApi analytics;
    private final DashboardPanels panels;
    private final CsvTables csv;
    private final Clock mallClock;

    AnalyticsDashboard(Backend backend, DashboardPanels panels, CsvTables csv, Clock mallClock) {
        this.analytics = new AnalyticsApi(backend.queries());
        this.panels = panels;
        this.csv = csv;
        this.mallClock = mallClock;
    }

    @GetMapping("/admin/analytics")
    String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(defaultValue = "units") String top, Model model) throws ApiException {
        Period period = Period.asked(from, to, LocalDate.now(mallClock));
        String ranking = TopRanking.of(top);
        model.addAttribute("period", period);
        model.addAttribute("top", ranking);
        model.addAttribute("panels", panels.all(analytics, period, ranking));
        return "admin/analytics/dashboard";
    }

    /** One table of the dashboard as CSV: the same rows and columns, headed in the page's language, values plain. */
    @GetMapping(value = "/admin/analytics/{table}.csv")
    ResponseEntity<byte[]> download(@PathVariable String table,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(defaultValue = "units") String top) throws ApiException {
        Period period = Period.asked(from, to, LocalDate.now(mallClock));
        DataTable found = panels.table(analytics, period, TopRanking.of(top), table)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        String name = found.name() + "-" + period.from() + "-" + period.to() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(csv.write(found));
    }

    /** How the top products are ranked: by units (the default) or revenue, as the API takes it. */
    static final class TopRanking {

        static final List<String> RANKINGS = List.of("units", "revenue");

        private TopRanking() {
        }

        static String of(String asked) {
            return RANKINGS.contains(asked) ? asked : "units";
        }
    }
}
