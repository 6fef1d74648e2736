package io.kiosk.launcher;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One customer's checkout of one cart with an {@code Idempotency-Key}, sent again with the same key whatever it is
 * answered (nothing, a reset connection, a refused one, 409 or 503) until it has its order; it keeps every answer.
 */
record CheckoutClient(Http commands, String cart, String key, List<Http.Answer> answers, List<String> lost) {

    CheckoutClient(Http commands, String cart) {
        this(commands, cart, UUID.randomUUID().toString(), new ArrayList<>(), new ArrayList<>());
    }

    /** Sends the checkout until it is answered 201; answers the order id and when it came. */
    Delivered checkOutUntilOrdered(Instant deadline) throws InterruptedException {
        while (Instant.now().isBefore(deadline)) {
            try {
                Http.Answer answer = commands.send("POST", "/api/carts/" + cart + "/checkout", Checkout.BODY,
                        Map.of("Idempotency-Key", key));
                answers.add(answer);
                if (answer.status() == 201) {
                    return new Delivered(answer.text("orderId"), Instant.now());
                }
            } catch (UncheckedIOException noAnswer) {
                lost.add(noAnswer.getCause().toString());
            }
            Thread.sleep(200);
        }
        throw new AssertionError("cart " + cart + " has no order; answers " + answers.stream()
                .map(answer -> answer.status() + " " + answer.text("type")).toList() + ", lost " + lost);
    }

    /** The first request, whose answer the network loses: sent, and hung up on. */
    void checkOutAndLoseTheAnswer() {
        commands.postAndHangUp("/api/carts/" + cart + "/checkout", Checkout.BODY, Map.of("Idempotency-Key", key));
        lost.add("the answer was lost on purpose");
    }

    boolean gotAReplay() {
        return answers.stream().anyMatch(answer -> answer.status() == 201 && "true".equals(answer.header("Idempotency-Replayed")));
    }

    /** The order a client got, and when. */
    record Delivered(String orderId, Instant at) {
    }
}
