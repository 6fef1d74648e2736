package io.kiosk.query.readyourwrites;

import io.kiosk.eventstore.EventLogPositions;
import io.kiosk.query.problems.InvalidField;
import io.kiosk.query.problems.ReadModelBehind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * Holds a request to a {@link ReadsFrom} endpoint that names a {@value #PARAMETER} until the read models it
 * answers from have handled the event log that far, for at most {@code kiosk.read-your-writes.max-wait}; then
 * the request goes on, or is answered 503 {@code read-model-behind}. A position beyond the end of the log can
 * never be reached and is refused at once (400). Waiting re-checks the processors' progress at short, growing
 * intervals: a few milliseconds while the change is most likely to land, at most {@value #MAX_PAUSE_MILLIS} ms.
 */
@Component
class ReadYourWrites implements HandlerInterceptor {

    static final String PARAMETER = "position";
    private static final long MAX_PAUSE_MILLIS = 20;

    private final ReadModelProgress progress;
    private final EventLogPositions log;
    private final Duration maxWait;

    ReadYourWrites(ReadModelProgress progress, EventLogPositions log,
                   @Value("${kiosk.read-your-writes.max-wait:2s}") Duration maxWait) {
        this.progress = progress;
        this.log = log;
        this.maxWait = maxWait;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String asked = request.getParameter(PARAMETER);
        if (asked == null || !(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(ReadsFrom.class)) {
            return true;
        }
        long position = parse(asked);
        awaitHandled(Arrays.asList(method.getMethodAnnotation(ReadsFrom.class).value()), position);
        return true;
    }

    private long parse(String asked) {
        long position;
        try {
            position = Long.parseLong(asked.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidField(PARAMETER, "must be a log position: the whole number a command answered in Kiosk-Position");
        }
        if (position < 0) {
            throw new InvalidField(PARAMETER, "must be 0 or more");
        }
        OptionalLong head = log.head();
        if (head.isEmpty() || position > head.getAsLong()) {
            throw new InvalidField(PARAMETER, "is beyond the end of the event log" + (head.isEmpty() ? " (empty)" : " (at " + head.getAsLong() + ")"));
        }
        return position;
    }

    private void awaitHandled(List<String> readModels, long position) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        long pause = 1;
        while (true) {
            List<String> behind = readModels.stream().filter(group -> !progress.hasHandled(group, position)).toList();
            if (behind.isEmpty()) {
                return;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new ReadModelBehind(position, behind);
            }
            sleep(Math.min(pause, Math.max(1, left / 1_000_000)));
            pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the read models", stopping);
        }
    }
}
