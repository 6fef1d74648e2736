package io.kiosk.eventstore;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A stream of the embedded event store that, unlike Axon's own, takes an availability callback: the reader is
 * called as soon as new events are in the event store's cache ({@link AvailabilityCallbacks}), instead of looking
 * again at its own pace. Everything else is the stream Axon opened.
 */
final class AnnouncedEventStream implements TrackingEventStream {

    private final TrackingEventStream delegate;
    private final AvailabilityCallbacks callbacks;
    private volatile Runnable callback;

    AnnouncedEventStream(TrackingEventStream delegate, AvailabilityCallbacks callbacks) {
        this.delegate = delegate;
        this.callbacks = callbacks;
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        Runnable previous = this.callback;
        if (previous != null) {
            callbacks.remove(previous);
        }
        this.callback = callback;
        callbacks.add(callback);
        return true;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return delegate.peek();
    }

    @Override
    public boolean hasNextAvailable() {
        return delegate.hasNextAvailable();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        return delegate.hasNextAvailable(timeout, unit);
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        return delegate.nextAvailable();
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    @Override
    public void close() {
        Runnable registered = callback;
        if (registered != null) {
            callbacks.remove(registered);
        }
        delegate.close();
    }
}
