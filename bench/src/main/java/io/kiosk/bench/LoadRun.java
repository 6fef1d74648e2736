package io.kiosk.bench;

import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one operation from N concurrent clients, each client waiting for its answer before it sends
 * the next (closed loop, like a person clicking): a warm-up round that is thrown away, then measured
 * rounds of a fixed number of operations each.
 */
final class LoadRun {

    /** One operation of a client; {@code client} and {@code sequence} let it vary what it sends. Returns normally on success. */
    @FunctionalInterface
    interface Operation {
        void run(int client, long sequence) throws Exception;
    }

    private final int warmupOperations;
    private final int rounds;
    private final int operationsPerRound;

    LoadRun(int warmupOperations, int rounds, int operationsPerRound) {
        this.warmupOperations = warmupOperations;
        this.rounds = rounds;
        this.operationsPerRound = operationsPerRound;
    }

    int warmup() {
        return warmupOperations;
    }

    int rounds() {
        return rounds;
    }

    int operationsPerRound() {
        return operationsPerRound;
    }

    Measurement measure(String scenario, int clients, Operation operation) throws InterruptedException {
        Histogram all = new Histogram(60_000_000L, 3);
        AtomicLong errors = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            round(pool, clients, warmupOperations, operation, new Histogram(60_000_000L, 3), new AtomicLong(), sequence);
            double[] throughputs = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                long started = System.nanoTime();
                round(pool, clients, operationsPerRound, operation, all, errors, sequence);
                throughputs[round] = operationsPerRound / ((System.nanoTime() - started) / 1e9);
                System.out.printf("%s, %d clients: round %d of %d, %.1f/s%n", scenario, clients, round + 1, rounds,
                        throughputs[round]);
            }
            return Measurement.of(scenario, clients, all, errors.get(), throughputs);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void round(ExecutorService pool, int clients, int operations, Operation operation,
                              Histogram latencies, AtomicLong errors, AtomicLong sequence) throws InterruptedException {
        AtomicLong remaining = new AtomicLong(operations);
        List<Future<Histogram>> running = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int id = client;
            running.add(pool.submit(() -> {
                Histogram own = new Histogram(60_000_000L, 3);
                while (remaining.getAndDecrement() > 0) {
                    long started = System.nanoTime();
                    try {
                        operation.run(id, sequence.getAndIncrement());
                        own.recordValue(Math.max(1, (System.nanoTime() - started) / 1000));
                    } catch (Exception failed) {
                        errors.incrementAndGet();
                    }
                }
                return own;
            }));
        }
        for (Future<Histogram> client : running) {
            try {
                latencies.add(client.get());
            } catch (java.util.concurrent.ExecutionException impossible) {
                throw new IllegalStateException(impossible.getCause());
            }
        }
    }
}
