package io.kiosk.command.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * What a notification is about and which one it is: the id of the event that caused it (or of the request, for mails
 * no event stands behind) and its channel, the kind of message to its kind of recipient (the mail's key, such as
 * {@code order.paid}). The outbox holds at most one notification per key, so an event handled twice mails once.
 */
public record NotificationKey(String eventId, String channel) {

    public NotificationKey {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(channel, "channel");
        if (eventId.isBlank() || eventId.length() > 100 || channel.isBlank() || channel.length() > 100) {
            throw new IllegalArgumentException("a notification key is an event id and a channel of 1 to 100 characters");
        }
    }

    /** The mail's id for every try of it (the left part of its {@code Message-ID}): a name-based UUID of this key. */
    public String mailId() {
        return UUID.nameUUIDFromBytes((eventId + "\n" + channel).getBytes(StandardCharsets.UTF_8)) + ".outbox";
    }

    /** The notification {@code channel} about the event {@code eventId}. */
    public static NotificationKey of(String eventId, String channel) {
        return new NotificationKey(eventId, channel);
    }

    /** A notification of its own, for a request that mails every time it is made (a new code, a warning). */
    public static NotificationKey unique(String channel) {
        return new NotificationKey("request:" + UUID.randomUUID(), channel);
    }
}
