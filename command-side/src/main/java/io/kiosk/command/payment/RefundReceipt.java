package io.kiosk.command.payment;

import java.time.Instant;

/**
 * What a provider answered a refund: the money is back ({@code completed}, at {@code completedAt}), or it took
 * the refund and will confirm it later (WeChat Pay's {@code PROCESSING}, a card refund still pending).
 * {@code providerRefundId} is the provider's own number for it.
 */
public record RefundReceipt(boolean completed, String providerRefundId, Instant completedAt) {

    public static RefundReceipt completed(String providerRefundId, Instant at) {
        return new RefundReceipt(true, providerRefundId, at);
    }

    public static RefundReceipt pending(String providerRefundId) {
        return new RefundReceipt(false, providerRefundId, null);
    }
}
