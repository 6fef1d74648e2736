package io.kiosk.web.backend;

import io.kiosk.client.command.ApiException;
import io.kiosk.web.problems.ApiProblem;

import java.time.Duration;
import java.util.UUID;

/**
 * Commands that must happen once however often a form is sent (a checkout, a refund request, a return parcel): the
 * form carries a key made when it was shown, sent as {@code Idempotency-Key}, so the command API answers a repeat
 * with the first answer. While the first request with a key is still running (the first click of a double click), the
 * API answers 409 {@code idempotency-key-in-use} with {@code Retry-After}: {@link #once} then waits as told and asks
 * again, and gets the first request's answer, so both clicks end on the same page.
 */
public final class Idempotency {

    /** How long a request waits in all for the first one with its key before it gives up (and the page says so). */
    static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);
    private static final Duration SHORTEST_PAUSE = Duration.ofMillis(250);

    private Idempotency() {
    }

    /** A new key for a form doing {@code what} ({@code checkout}, {@code refund}...). */
    public static String newKey(String what) {
        return what + "-" + UUID.randomUUID();
    }

    /** A command API call sent with a form's key. */
    @FunctionalInterface
    public interface Call<T> {
        T send() throws ApiException;
    }

    /** Sends {@code call}, and again while the API says the key's first request is still running. */
    public static <T> T once(Call<T> call) throws ApiException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                return call.send();
            } catch (ApiException refused) {
                if (!ApiProblem.of(refused).is("idempotency-key-in-use") || System.nanoTime() > deadline) {
                    throw refused;
                }
                pause(retryAfter(refused));
            }
        }
    }

    private static Duration retryAfter(ApiException refused) {
        Duration told = refused.getResponseHeaders() == null ? Duration.ZERO : refused.getResponseHeaders()
                .firstValue("Retry-After").map(String::strip).filter(value -> value.matches("\\d{1,4}"))
                .map(seconds -> Duration.ofSeconds(Long.parseLong(seconds))).orElse(Duration.ZERO);
        if (told.compareTo(SHORTEST_PAUSE) < 0) {
            return SHORTEST_PAUSE;
        }
        return told.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : told;
    }

    private static void pause(Duration pause) throws ApiException {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "interrupted while waiting for the first request with the same key");
        }
    }
}
