package io.kiosk.web.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.web.backend.BackendProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Follows an order on the query side's live stream ({@code GET /api/orders/{id}/live}, server-sent events) as the
 * signed-in customer: the stream is opened with their access token (the web app's own connection, the browser never
 * sees the token) and read without holding a thread ({@link EventLines} on the HTTP client's line subscriber). It ends
 * when the token expires; the browser then reconnects to the web app, which opens a new one with a fresh token. The
 * generated client cannot read a stream, so this is the one call to the APIs made by hand; the order in each event is
 * read with the generated client's own model and mapper. The console's order page follows orders with it too, as
 * the signed-in member of staff ({@code admin.orders.ConsoleOrderStream}).
 */
@Component
public class OrderStreams {

    private static final Logger log = LoggerFactory.getLogger(OrderStreams.class);
    private static final String EVENT = "order";

    private final URI queryApi;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = io.kiosk.client.query.ApiClient.createDefaultObjectMapper();

    OrderStreams(BackendProperties backend) {
        this.queryApi = backend.queryUrl();
    }

    /** What a followed order says: each new state, a heartbeat now and then, and the end of the stream. */
    public interface Follower {
        void changed(OrderSummary order);

        void stillThere();

        /** The stream ended: the token expired (normal), the API went away, or it refused ({@code status}, 0 if none). */
        void ended(int status);
    }

    /** An open stream, to be let go of when the browser leaves. */
    public interface Following {
        void stop();
    }

    public Following follow(UUID orderId, String accessToken, Follower follower) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(queryApi.toString().replaceAll("/+$", "")
                        + "/api/orders/" + orderId + "/live"))
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "text/event-stream")
                .GET().build();
        EventLines lines = new EventLines(new EventLines.Listener() {
            @Override
            public void event(String name, String data) {
                if (EVENT.equals(name)) {
                    read(data, follower);
                }
            }

            @Override
            public void heartbeat() {
                follower.stillThere();
            }
        });
        http.sendAsync(request, answer -> answer.statusCode() == 200 ? HttpResponse.BodySubscribers.fromLineSubscriber(lines)
                        : HttpResponse.BodySubscribers.discarding())
                .whenComplete((answer, failure) -> {
                    if (failure != null) {
                        log.debug("the live stream of order {} broke off: {}", orderId, failure.toString());
                    }
                    follower.ended(answer == null ? 0 : answer.statusCode());
                });
        return lines::cancel;
    }

    /**
     * Follows the order into a browser's event stream: each new state of the order goes to {@code changed} (which
     * sends what the page needs), a heartbeat goes on as a comment, and the browser's stream ends with the API's; when
     * the browser goes away, the API's stream is let go.
     */
    public void relay(UUID orderId, String accessToken, SseEmitter browser, Consumer<OrderSummary> changed) {
        Following following = follow(orderId, accessToken, new Follower() {
            @Override
            public void changed(OrderSummary order) {
                changed.accept(order);
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
    }

    /** Sends one event to the browser; a browser that went away ends its stream. */
    public static void send(SseEmitter browser, SseEmitter.SseEventBuilder event) {
        try {
            browser.send(event);
        } catch (IOException | IllegalStateException gone) {
            browser.completeWithError(gone);
        }
    }

    private void read(String data, Follower follower) {
        OrderSummary order;
        try {
            order = json.readValue(data, OrderSummary.class);
        } catch (JsonProcessingException unreadable) {
            log.warn("an order on the live stream could not be read: {}", unreadable.getOriginalMessage());
            return;
        }
        follower.changed(order);
    }
}
