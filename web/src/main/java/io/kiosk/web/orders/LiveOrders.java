package io.kiosk.web.orders;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.OrdersApi;
import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.session.AccessTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The order and payment pages, live: the browser's EventSource (htmx's SSE extension) opens
 * {@code /orders/{id}/live}; the web app follows the order on the query side's stream with the customer's token
 * ({@link OrderStreams}) and sends, for each new state of the order, the pages' live parts as HTML ({@link LiveFragments}),
 * which htmx swaps in: event {@code order} for the order page, {@code payment} for the payment page. Nothing reloads.
 *
 * <p>The first answer is the order as it stands, read before the stream opens, so another customer's order is the
 * not-found page here too (and the browser does not retry it). The stream ends when the customer's access token does;
 * the browser reconnects and this opens a new one with a fresh token. A browser that went away is noticed at the next
 * heartbeat, and its stream on the query side is let go.
 */
@Controller
class LiveOrders {

    private static final Logger log = LoggerFactory.getLogger(LiveOrders.class);
    /** Longer than an access token lives: the query side's stream ends first, and the browser comes back. */
    private static final Duration LONGEST = Duration.ofMinutes(20);

    private final OrdersApi orders;
    private final OrderStreams streams;
    private final LiveFragments fragments;
    private final AccessTokens tokens;

    LiveOrders(Backend backend, OrderStreams streams, LiveFragments fragments, AccessTokens tokens) {
        this.orders = new OrdersApi(backend.queries());
        this.streams = streams;
        this.fragments = fragments;
        this.tokens = tokens;
    }

    @GetMapping(path = "/orders/{orderId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> live(@PathVariable UUID orderId, Locale locale) throws ApiException {
        OrderSummary now = orders.getOrder(orderId, null);
        String token = tokens.current().orElse(null);
        if (token == null) {
            // the login ended: 204 tells the browser's EventSource not to come back; the next page asks for a login
            return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
        }
        String returnTo = ServletUriComponentsBuilder.fromCurrentContextPath().path("/orders/{id}").buildAndExpand(orderId)
                .toUriString();
        SseEmitter browser = new SseEmitter(LONGEST.toMillis());
        AtomicLong shown = new AtomicLong(Long.MIN_VALUE);
        show(browser, now, shown, locale, returnTo);
        OrderStreams.Following following = streams.follow(orderId, token, new OrderStreams.Follower() {
            @Override
            public void changed(OrderSummary order) {
                show(browser, order, shown, locale, returnTo);
            }

            @Override
            public void stillThere() {
                send(browser, SseEmitter.event().comment("still here"));
            }

            @Override
            public void ended(int status) {
                if (status != 200) {
                    log.info("the live stream of order {} ended with HTTP {}", orderId, status);
                }
                browser.complete();
            }
        });
        browser.onCompletion(following::stop);
        browser.onTimeout(browser::complete);
        browser.onError(gone -> following.stop());
        return ResponseEntity.ok().header("Cache-Control", "no-store").header("X-Accel-Buffering", "no").body(browser);
    }

    /** Sends the live parts of {@code order}, unless the browser has that version (or a newer one) already. */
    private void show(SseEmitter browser, OrderSummary order, AtomicLong shown, Locale locale, String returnTo) {
        long version = order.getVersion() == null ? 0 : order.getVersion();
        if (shown.getAndAccumulate(version, Math::max) >= version) {
            return;
        }
        Map<String, String> parts;
        try {
            parts = fragments.render(order, locale, returnTo);
        } catch (RuntimeException unrenderable) {
            log.error("the live parts of order {} could not be rendered", order.getOrderId(), unrenderable);
            return;
        }
        parts.forEach((event, html) -> send(browser, SseEmitter.event().name(event).id(Long.toString(version)).data(html)));
    }

    private static void send(SseEmitter browser, SseEmitter.SseEventBuilder event) {
        try {
            browser.send(event);
        } catch (IOException | IllegalStateException gone) {
            browser.completeWithError(gone);
        }
    }
}
