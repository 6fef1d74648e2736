package io.kiosk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes what was measured as Markdown (for people, and BENCHMARKS.md) and JSON (for tools), side by side with each baseline. */
final class Report {

    /** A Kiosk figure and the raw figure it is compared with, measured in the same run at the same concurrency. */
    record Comparison(Measurement kiosk, Measurement baseline, String target) {

        double throughputRatio() {
            return kiosk.throughput() / baseline.throughput();
        }

        double p95Ratio() {
            return kiosk.p95() / baseline.p95();
        }
    }

    private Report() {
    }

    static void write(Path directory, Map<String, String> context, List<Comparison> comparisons) throws IOException {
        Files.createDirectories(directory);
        StringBuilder md = new StringBuilder("# Kiosk benchmark report\n\n");
        context.forEach((key, value) -> md.append("- ").append(key).append(": ").append(value).append('\n'));
        md.append("""

                | scenario | clients | ops | errors | ops/s (median round; min–max) | p50 ms | p95 ms | p99 ms | max ms | baseline | baseline ops/s | baseline p95 ms | ops/s ratio | p95 ratio | target |
                |---|---:|---:|---:|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---|
                """);
        for (Comparison row : comparisons) {
            Measurement k = row.kiosk();
            Measurement b = row.baseline();
            md.append(String.format(Locale.ROOT,
                    "| %s | %d | %d | %d | %.0f (%.0f–%.0f) | %.2f | %.2f | %.2f | %.2f | %s | %.0f | %.2f | %.3f | %.1f | %s |%n",
                    k.scenario(), k.clients(), k.operations(), k.errors(), k.throughput(), k.slowestRound(), k.fastestRound(),
                    k.p50(), k.p95(), k.p99(), k.max(), b.scenario(), b.throughput(), b.p95(),
                    row.throughputRatio(), row.p95Ratio(), row.target()));
        }
        Files.writeString(directory.resolve("report.md"), md);

        Map<String, Object> json = new LinkedHashMap<>(context);
        json.put("written", Instant.now().toString());
        json.put("comparisons", comparisons.stream().map(row -> Map.of(
                "kiosk", row.kiosk(), "baseline", row.baseline(), "target", row.target(),
                "throughputRatio", row.throughputRatio(), "p95Ratio", row.p95Ratio())).toList());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(directory.resolve("report.json").toFile(), json);
    }
}
