package io.kiosk.web.admin.orders;

import io.kiosk.web.orders.OrderStreams;
import io.kiosk.web.session.AccessTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The console's order page, live: the browser's EventSource opens {@code /admin/orders/{id}/live?shown=<fingerprint>};
 * the web app follows the order on the query side's stream with the staff member's token ({@link OrderStreams}) and
 * sends an event {@code order} whenever the order differs from what the page shows (its fingerprint, {@link
 * #fingerprint}): not only its version, which counts the order's own steps, but its payment and refunds too, which
 * change without it. The page's
 * live parts then fetch themselves again ({@code hx-trigger="sse:order"}), as ordinary requests with the session, the
 * page's language and its CSRF token for the forms they hold; so the stream carries no HTML and no forms.
 */
@Controller
class ConsoleOrderStream {

    /** Longer than an access token lives: the query side's stream ends first, and the browser comes back. */
    private static final Duration LONGEST = Duration.ofMinutes(20);

    private final OrderStreams streams;
    private final AccessTokens tokens;

    ConsoleOrderStream(OrderStreams streams, AccessTokens tokens) {
        this.streams = streams;
        this.tokens = tokens;
    }

    @GetMapping(path = "/admin/orders/{orderId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> live(@PathVariable UUID orderId, @RequestParam(defaultValue = "0") int shown) {
        String token = tokens.current().orElse(null);
        if (token == null) {
            // the login ended: 204 tells the browser's EventSource not to come back; the next page asks for a login
            return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
        }
        SseEmitter browser = new SseEmitter(LONGEST.toMillis());
        AtomicInteger last = new AtomicInteger(shown);
        streams.relay(orderId, token, browser, order -> {
            int now = fingerprint(order);
            if (last.getAndSet(now) != now) {
                OrderStreams.send(browser, SseEmitter.event().name("order").data(Integer.toString(now)));
            }
        });
        return ResponseEntity.ok().header("Cache-Control", "no-store").header("X-Accel-Buffering", "no").body(browser);
    }

    /** What tells two states of an order apart, for the page to say which one it shows (the same in this web app only). */
    static int fingerprint(io.kiosk.client.query.model.OrderSummary order) {
        return order.hashCode();
    }
}
