package io.kiosk.bench;

import org.HdrHistogram.Histogram;

/**
 * What one scenario measured at one level of concurrency, over all its measured rounds: how many
 * operations per second (the median round, and the slowest and fastest rounds) and the latency
 * percentiles of every operation, in milliseconds.
 */
record Measurement(String scenario,
                   int clients,
                   long operations,
                   long errors,
                   double throughput,
                   double slowestRound,
                   double fastestRound,
                   double p50,
                   double p95,
                   double p99,
                   double max) {

    static Measurement of(String scenario, int clients, Histogram latenciesMicros, long errors, double[] roundThroughputs) {
        double[] sorted = roundThroughputs.clone();
        java.util.Arrays.sort(sorted);
        return new Measurement(scenario, clients, latenciesMicros.getTotalCount(), errors,
                sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1],
                millis(latenciesMicros.getValueAtPercentile(50)),
                millis(latenciesMicros.getValueAtPercentile(95)),
                millis(latenciesMicros.getValueAtPercentile(99)),
                millis(latenciesMicros.getMaxValue()));
    }

    /** A rate with no latencies of its own (a replay, a bulk load): {@code operations} in {@code seconds}. */
    static Measurement rate(String scenario, int clients, long operations, long errors, double seconds) {
        double perSecond = operations / seconds;
        return new Measurement(scenario, clients, operations, errors, perSecond, perSecond, perSecond,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Latencies with no throughput of their own (a lag, measured while another scenario drives the load). */
    static Measurement latencies(String scenario, int clients, Histogram latenciesMicros, long errors) {
        return new Measurement(scenario, clients, latenciesMicros.getTotalCount(), errors, Double.NaN, Double.NaN, Double.NaN,
                millis(latenciesMicros.getValueAtPercentile(50)),
                millis(latenciesMicros.getValueAtPercentile(95)),
                millis(latenciesMicros.getValueAtPercentile(99)),
                millis(latenciesMicros.getMaxValue()));
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
