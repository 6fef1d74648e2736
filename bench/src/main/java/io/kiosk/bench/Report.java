package io.kiosk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** Writes what was measured as Markdown (for people, and BENCHMARKS.md) and JSON (for tools), side by side with each baseline. */
final class Report {

    /** A target of the benchmark issue and how to tell whether a comparison meets it. */
    record Target(String text, Predicate<Comparison> met) {

        static final Target NONE = new Target("", comparison -> true);

        static Target throughputRatio(double atLeast) {
            return new Target("ops/s ≥ " + atLeast + " × baseline", c -> c.throughputRatio() >= atLeast);
        }

        static Target p95(double belowMillis) {
            return new Target("p95 < " + (int) belowMillis + " ms", c -> c.kiosk().p95() < belowMillis);
        }

        static Target p95Ratio(double atMost) {
            return new Target("p95 ≤ " + atMost + " × baseline", c -> c.p95Ratio() <= atMost);
        }

        static Target p99(double belowMillis) {
            return new Target("p99 < " + (int) belowMillis + " ms", c -> c.kiosk().p99() < belowMillis);
        }
    }

    /** A Kiosk figure and the raw figure it is compared with, measured in the same run at the same concurrency. */
    record Comparison(String group, Measurement kiosk, Measurement baseline, Target target) {

        double throughputRatio() {
            return kiosk.throughput() / baseline.throughput();
        }

        double p95Ratio() {
            return kiosk.p95() / baseline.p95();
        }

        String verdict() {
            return target.text().isEmpty() ? "" : target.met().test(this) ? "met" : "**missed**";
        }
    }

    private final List<Comparison> comparisons = new ArrayList<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();

    void add(String group, Measurement kiosk, Measurement baseline, Target target) {
        Comparison comparison = new Comparison(group, kiosk, baseline, target);
        comparisons.add(comparison);
        System.out.printf(Locale.ROOT, "%s | %s, %d clients: %s/s, p95 %s ms | %s: %s/s, p95 %s ms | %s %s%n", group,
                kiosk.scenario(), kiosk.clients(), number(kiosk.throughput(), 0), number(kiosk.p95(), 2), baseline.scenario(),
                number(baseline.throughput(), 0), number(baseline.p95(), 2), target.text(), comparison.verdict());
    }

    /** A sentence under a group's table: totals, sizes, what was waited for. */
    void note(String group, String text) {
        notes.computeIfAbsent(group, g -> new ArrayList<>()).add(text);
        System.out.println(group + ": " + text);
    }

    void write(Path directory, Map<String, String> context) throws IOException {
        Files.createDirectories(directory);
        StringBuilder md = new StringBuilder("# Kiosk benchmark report\n\n");
        context.forEach((key, value) -> md.append("- ").append(key).append(": ").append(value).append('\n'));
        List<String> groups = new ArrayList<>();
        comparisons.forEach(row -> {
            if (!groups.contains(row.group())) {
                groups.add(row.group());
            }
        });
        notes.keySet().stream().filter(group -> !groups.contains(group)).forEach(groups::add);
        for (String group : groups) {
            md.append("\n## ").append(group).append("\n\n");
            List<Comparison> rows = comparisons.stream().filter(row -> row.group().equals(group)).toList();
            if (!rows.isEmpty()) {
                md.append("""
                        | measured | clients | ops | errors | ops/s (median round; min–max) | p50 ms | p95 ms | p99 ms | max ms | baseline | baseline ops/s | baseline p95 ms | ops/s ratio | p95 ratio | target | |
                        |---|---:|---:|---:|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---|---|
                        """);
            }
            for (Comparison row : rows) {
                Measurement k = row.kiosk();
                Measurement b = row.baseline();
                String rate = Double.isNaN(k.throughput()) ? "–" : k.slowestRound() == k.fastestRound() ? number(k.throughput(), 0)
                        : number(k.throughput(), 0) + " (" + number(k.slowestRound(), 0) + "–" + number(k.fastestRound(), 0) + ")";
                md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                        k.scenario(), k.clients(), k.operations(), k.errors(), rate, number(k.p50(), 2), number(k.p95(), 2),
                        number(k.p99(), 2), number(k.max(), 2), b.scenario(), number(b.throughput(), 0), number(b.p95(), 2),
                        number(row.throughputRatio(), 3), number(row.p95Ratio(), 1), row.target().text(), row.verdict()));
            }
            for (String note : notes.getOrDefault(group, List.of())) {
                md.append("\n- ").append(note);
            }
            md.append('\n');
        }
        Files.writeString(directory.resolve("report.md"), md);

        Map<String, Object> json = new LinkedHashMap<>(context);
        json.put("written", Instant.now().toString());
        json.put("comparisons", comparisons.stream().map(row -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("group", row.group());
            entry.put("kiosk", row.kiosk());
            entry.put("baseline", row.baseline());
            entry.put("throughputRatio", finite(row.throughputRatio()));
            entry.put("p95Ratio", finite(row.p95Ratio()));
            entry.put("target", row.target().text());
            entry.put("met", row.target().text().isEmpty() ? null : row.target().met().test(row));
            return entry;
        }).toList());
        json.put("notes", notes);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(directory.resolve("report.json").toFile(), json);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static String number(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "–";
    }
}
