package io.kiosk.command.payment;

import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.refund.RefundId;

import java.util.UUID;

/**
 * The merchant's numbers at the providers: a payment's trade number ({@code out_trade_no}) and a refund's
 * number ({@code out_request_no}, {@code out_refund_no}) are the ids' 32 hex digits without hyphens, a form every
 * provider takes (WeChat Pay: at most 32 characters; Alipay: letters, digits and underscores only).
 */
public final class TradeNumbers {

    private TradeNumbers() {
    }

    public static String of(PaymentId paymentId) {
        return hex(paymentId.value());
    }

    public static String of(RefundId refundId) {
        return hex(refundId.value());
    }

    /** The payment named by a trade number, or an {@code IllegalArgumentException}. */
    public static PaymentId paymentId(String tradeNumber) {
        return new PaymentId(uuid(tradeNumber, "trade"));
    }

    /** The refund named by a refund number, or an {@code IllegalArgumentException}. */
    public static RefundId refundId(String refundNumber) {
        return new RefundId(uuid(refundNumber, "refund"));
    }

    private static String hex(UUID id) {
        return id.toString().replace("-", "");
    }

    private static UUID uuid(String number, String kind) {
        if (number == null || !number.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("'" + number + "' is not a Kiosk " + kind + " number");
        }
        return UUID.fromString(number.replaceFirst("(\\w{8})(\\w{4})(\\w{4})(\\w{4})(\\w{12})", "$1-$2-$3-$4-$5"));
    }
}
