package io.kiosk.query.tracking;

import io.kiosk.api.order.FindOrderSummary;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderSummary;
import io.kiosk.projections.tracking.OrderTrackingProjection;
import io.kiosk.query.problems.NotFound;
import io.kiosk.query.readyourwrites.ReadsFrom;
import io.kiosk.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.PreDestroy;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * An order, live: a server-sent event stream that opens with the order as it stands and sends it again after
 * every change, fed by a subscription query on the tracking read model (the projection emits an update once a
 * change has committed). Updates are sent on a thread of their own, keeping only the latest when a client reads
 * slowly, so a slow client never holds up the projection. The stream ends when the access token expires (at
 * most after {@value #MAX_MINUTES} minutes); clients reconnect with a fresh token and get the current state first.
 */
@RestController
@RequestMapping("/api/orders")
@Tag(name = "Orders")
class LiveOrderController {

    static final String EVENT = "order";
    private static final long MAX_MINUTES = 30;
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Duration FIRST_ANSWER = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(LiveOrderController.class);

    private final QueryGateway queries;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kiosk-live-order-heartbeats");
        thread.setDaemon(true);
        return thread;
    });
    private final Scheduler senders = Schedulers.newBoundedElastic(8, 10_000, "kiosk-live-order-updates");

    LiveOrderController(QueryGateway queries) {
        this.queries = queries;
    }

    @ReadsFrom(OrderTrackingProjection.PROCESSING_GROUP)
    @GetMapping(path = "/{orderId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(operationId = "followOrder", summary = "The order as a server-sent event stream, now and after every change",
            description = "A `text/event-stream` (for a browser's EventSource, not a generated client): event `order` with the "
                    + "order as JSON (the same as `GET /api/orders/{orderId}`) and its version as the event id, first as it "
                    + "stands and then after every change; a comment every 15 seconds keeps the connection open. The stream "
                    + "ends when the access token expires; reconnect with a fresh one. Customers follow their own orders only. "
                    + "Browsers, which cannot send an Authorization header with an EventSource, may pass the access token as "
                    + "the `access_token` query parameter.",
            parameters = @Parameter(name = "access_token", in = ParameterIn.QUERY, required = false,
                    description = "the access token, for clients that cannot send `Authorization: Bearer`", schema = @Schema(type = "string")),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The stream of the order's states", content = @Content(
                            mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string",
                            description = "server-sent events: `event: order`, `id: <version>`, `data: <the order as JSON>`",
                            example = "event:order\nid:3\ndata:{\"orderId\":\"5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99\",\"status\":\"PAID\"}\n\n"))),
                    // said explicitly: springdoc would give an error answer of a stream the stream's Java type
                    @ApiResponse(responseCode = "404", description = "`not-found`: no such order, not visible yet, or someone else's",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = "#/components/schemas/Problem")))})
    SseEmitter live(@PathVariable UUID orderId) {
        Caller caller = Caller.current();
        OrderId id = new OrderId(orderId);
        SubscriptionQueryResult<Optional<OrderSummary>, OrderSummary> watch = queries.subscriptionQuery(
                new FindOrderSummary(id), ResponseTypes.optionalInstanceOf(OrderSummary.class),
                ResponseTypes.instanceOf(OrderSummary.class));
        Optional<OrderSummary> now = Optional.ofNullable(watch.initialResult().block(FIRST_ANSWER)).flatMap(found -> found)
                .filter(order -> OrderController.mayFollow(caller, order));
        if (now.isEmpty()) {
            watch.cancel();
            throw new NotFound("order " + orderId + " does not exist (or is not visible yet)");
        }
        SseEmitter stream = new SseEmitter(untilTokenExpires().toMillis());
        send(stream, now.get());
        Disposable updates = watch.updates()
                .filter(order -> OrderController.mayFollow(caller, order))
                .onBackpressureLatest()
                .publishOn(senders, 1)
                .subscribe(order -> send(stream, order), stream::completeWithError, stream::complete);
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(() -> keepAlive(stream),
                HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        Runnable close = () -> {
            heartbeat.cancel(false);
            updates.dispose();
            watch.cancel();
        };
        stream.onCompletion(close);
        stream.onError(failure -> close.run());
        stream.onTimeout(stream::complete);
        return stream;
    }

    private static Duration untilTokenExpires() {
        Duration longest = Duration.ofMinutes(MAX_MINUTES);
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                && token.getToken().getExpiresAt() != null) {
            Duration left = Duration.between(Instant.now(), token.getToken().getExpiresAt());
            return left.compareTo(longest) < 0 ? (left.isNegative() ? Duration.ofSeconds(1) : left) : longest;
        }
        return longest;
    }

    private static void send(SseEmitter stream, OrderSummary order) {
        try {
            stream.send(SseEmitter.event().name(EVENT).id(Long.toString(order.version())).data(order, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            log.debug("live order stream closed by the client: {}", gone.getMessage());
            stream.completeWithError(gone);
        }
    }

    private static void keepAlive(SseEmitter stream) {
        try {
            stream.send(SseEmitter.event().comment("still here"));
        } catch (IOException | IllegalStateException gone) {
            stream.completeWithError(gone);
        }
    }

    @PreDestroy
    void stop() {
        heartbeats.shutdownNow();
        senders.dispose();
    }
}
