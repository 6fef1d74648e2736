package io.kiosk.web.orders;

import java.util.concurrent.Flow;

/**
 * Reads a server-sent event stream line by line, as the HTML standard parses one: {@code event:} and {@code data:}
 * fields gather until an empty line dispatches the event (several {@code data:} lines join with line breaks), a line
 * starting with a colon is a comment (the query side's heartbeat), other fields ({@code id:}, {@code retry:}) are not
 * needed here. Cancelling stops reading and lets the connection go, also when it comes before the stream opened.
 */
final class EventLines implements Flow.Subscriber<String> {

    /** What a stream says: events with their name and data, and the heartbeats between them. */
    interface Listener {
        void event(String name, String data);

        void heartbeat();
    }

    private final Listener listener;
    private final StringBuilder data = new StringBuilder();
    private String event = "";
    private Flow.Subscription subscription;
    private boolean cancelled;

    EventLines(Listener listener) {
        this.listener = listener;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        boolean stop;
        synchronized (this) {
            this.subscription = subscription;
            stop = cancelled;
        }
        if (stop) {
            subscription.cancel();
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(String line) {
        if (line.isEmpty()) {
            dispatch();
            return;
        }
        if (line.startsWith(":")) {
            listener.heartbeat();
            return;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event" -> event = value;
            case "data" -> data.append(value).append('\n');
            default -> {
                // id and retry: the web app reconnects on its own terms
            }
        }
    }

    private void dispatch() {
        if (data.length() > 0) {
            data.setLength(data.length() - 1);
            listener.event(event.isEmpty() ? "message" : event, data.toString());
        }
        data.setLength(0);
        event = "";
    }

    @Override
    public void onError(Throwable failure) {
        // the stream's end is the HTTP exchange's business: its answer completes exceptionally
    }

    @Override
    public void onComplete() {
        // an event not closed by an empty line is dropped, as the standard says
    }

    /** Stops reading: the connection is closed as soon as the stream is open, or at once when it is. */
    void cancel() {
        Flow.Subscription open;
        synchronized (this) {
            cancelled = true;
            open = subscription;
        }
        if (open != null) {
            open.cancel();
        }
    }
}
