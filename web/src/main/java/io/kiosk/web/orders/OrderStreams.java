package io.kiosk.web.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.web.backend.BackendProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * Follows an order on the query side's live stream ({@code GET /api/orders/{id}/live}, server-sent events) as the
 * signed-in customer: the stream is opened with their access token (the web app's own connection, the browser never
 * sees the token) and read without holding a thread ({@link EventLines} on the HTTP client's line subscriber). It ends
 * when the token expires; the browser then reconnects to the web app, which opens a new one with a fresh token. The
 * generated client cannot read a stream, so this is the one call to the APIs made by hand; the order in each event is
 * read with the generated client's own model and mapper.
 */
@Component
class OrderStreams {

    private static final Logger log = LoggerFactory.getLogger(OrderStreams.class);
    private static final String EVENT = "order";

    private final URI queryApi;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = io.kiosk.client.query.ApiClient.createDefaultObjectMapper();

    OrderStreams(BackendProperties backend) {
        this.queryApi = backend.queryUrl();
    }

    /** What a followed order says: each new state, a heartbeat now and then, and the end of the stream. */
    interface Follower {
        void changed(OrderSummary order);

        void stillThere();

        /** The stream ended: the token expired (normal), the API went away, or it refused ({@code status}, 0 if none). */
        void ended(int status);
    }

    /** An open stream, to be let go of when the browser leaves. */
    interface Following {
        void stop();
    }

    Following follow(UUID orderId, String accessToken, Follower follower) {
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
