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
import java.util.concurrent.atomic.AtomicLong;

/**
 * The console's order page, live: the browser's EventSource opens {@code /admin/orders/{id}/live?since=<version>}; the
 * web app follows the order on the query side's stream with the staff member's token ({@link OrderStreams}) and sends
 * an event {@code order} (data: the new version) whenever the order moved past the version the page shows. The page's
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
    ResponseEntity<SseEmitter> live(@PathVariable UUID orderId, @RequestParam(defaultValue = "0") long since) {
        String token = tokens.current().orElse(null);
        if (token == null) {
            // the login ended: 204 tells the browser's EventSource not to come back; the next page asks for a login
            return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
        }
        SseEmitter browser = new SseEmitter(LONGEST.toMillis());
        AtomicLong shown = new AtomicLong(since);
        streams.relay(orderId, token, browser, order -> {
            long version = order.getVersion() == null ? 0 : order.getVersion();
            if (shown.getAndAccumulate(version, Math::max) < version) {
                OrderStreams.send(browser, SseEmitter.event().name("order").id(Long.toString(version))
                        .data(Long.toString(version)));
            }
        });
        return ResponseEntity.ok().header("Cache-Control", "no-store").header("X-Accel-Buffering", "no").body(browser);
    }
}
