package io.kiosk.api.refund;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.kiosk.api.order.OrderId;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * The identifier of one refund of an order. It is also the merchant's refund number at the provider
 * (Alipay's {@code out_request_no}, WeChat Pay's {@code out_refund_no}, the card processor's
 * {@code Idempotency-Key}), so asking the provider again for the same refund never pays twice.
 */
public record RefundId(@JsonValue UUID value) {

    @JsonCreator
    public RefundId {
        Objects.requireNonNull(value, "refund id is required");
    }

    public static RefundId random() {
        return new RefundId(UUID.randomUUID());
    }

    public static RefundId of(String value) {
        return new RefundId(UUID.fromString(value));
    }

    /** The one refund a cancelled paid order gets: the same id however often the cancellation is handled. */
    public static RefundId forCancellationOf(OrderId orderId) {
        return new RefundId(UUID.nameUUIDFromBytes(("cancellation-refund:" + orderId).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
