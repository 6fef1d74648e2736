package io.kiosk.web.checkout;

import io.kiosk.client.query.model.OrderStatus;
import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.client.query.model.PaymentAction;
import io.kiosk.client.query.model.PaymentProvider;
import io.kiosk.client.query.model.PaymentState;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Where an order's payment stands for the customer, and what they do next, read from the order on the query side:
 *
 * <ul>
 *   <li>{@code PREPARING}: the order process has not asked for the money yet, or the provider has not opened the trade
 *       ({@code PENDING}): the action follows in a moment, and the page updates by itself;</li>
 *   <li>{@code REDIRECT}: a page to open (Alipay's cashier, the card processor's page, the sandbox's page);</li>
 *   <li>{@code QR_CODE}: a code to scan (WeChat Pay Native's {@code code_url}, Alipay's QR cashier);</li>
 *   <li>{@code CARD_FORM}: card details to enter on our card page, which hands them to the processor's script;</li>
 *   <li>{@code REVIEW}: held by the risk check for the back office;</li>
 *   <li>{@code PAID}, {@code FAILED}, {@code CLOSED} (the order was cancelled or expired).</li>
 * </ul>
 *
 * @param state   what the step shows
 * @param orderId the order
 * @param method  how the customer pays (null until the checkout's choice is known)
 * @param href    the page to open, for {@code REDIRECT}: with the sandbox, it comes back to {@code returnTo}
 * @param code    the text of the code to scan, for {@code QR_CODE}
 */
public record PaymentStep(State state, UUID orderId, PaymentProvider method, String href, String code) {

    public enum State { PREPARING, REDIRECT, QR_CODE, CARD_FORM, REVIEW, PAID, FAILED, CLOSED }

    /** The sandbox's payment page (the run command's default provider), which takes the page to come back to. */
    static final String SANDBOX_PAGE = "/sandbox/pay/";
    private static final Set<OrderStatus> PAID_OR_FURTHER =
            EnumSet.of(OrderStatus.PAID, OrderStatus.IN_FULFILMENT, OrderStatus.SHIPPED, OrderStatus.DELIVERED);

    /**
     * The step of {@code order}; {@code returnTo} is the order's page as the customer's browser reaches it (the sandbox
     * links back there once the customer chose).
     */
    public static PaymentStep of(OrderSummary order, String returnTo) {
        UUID orderId = order.getOrderId();
        PaymentState payment = order.getPayment();
        PaymentProvider method = payment != null && payment.getMethod() != null ? payment.getMethod()
                : order.getDetails() == null ? null : order.getDetails().getPaymentMethod();
        if (PAID_OR_FURTHER.contains(order.getStatus()) || payment != null && "SUCCEEDED".equals(payment.getStatus())) {
            return new PaymentStep(State.PAID, orderId, method, null, null);
        }
        if (order.getStatus() == OrderStatus.CANCELLED || order.getStatus() == OrderStatus.EXPIRED) {
            return new PaymentStep(State.CLOSED, orderId, method, null, null);
        }
        if (payment == null) {
            return new PaymentStep(State.PREPARING, orderId, method, null, null);
        }
        return switch (payment.getStatus()) {
            case "HELD_FOR_REVIEW" -> new PaymentStep(State.REVIEW, orderId, method, null, null);
            case "FAILED" -> new PaymentStep(State.FAILED, orderId, method, null, null);
            case "CANCELLED" -> new PaymentStep(State.CLOSED, orderId, method, null, null);
            case "REQUESTED" -> payment.getAction() == null ? new PaymentStep(State.PREPARING, orderId, method, null, null)
                    : withAction(orderId, method, payment.getAction(), returnTo);
            // PENDING: the provider adapter has not opened the trade yet; anything newer than this page: wait for it
            default -> new PaymentStep(State.PREPARING, orderId, method, null, null);
        };
    }

    private static PaymentStep withAction(UUID orderId, PaymentProvider method, PaymentAction action, String returnTo) {
        return switch (action.getKind()) {
            case REDIRECT -> new PaymentStep(State.REDIRECT, orderId, method, comingBack(action.getValue(), returnTo), null);
            case QR_CODE -> new PaymentStep(State.QR_CODE, orderId, method, null, action.getValue());
            case CLIENT_SECRET -> new PaymentStep(State.CARD_FORM, orderId, method, "/orders/" + orderId + "/payment/card", null);
        };
    }

    /**
     * The sandbox's page, told where to send the customer back (as a real provider is told its return URL when the
     * trade is opened); a provider's own page is left exactly as it came, since its parameters are signed.
     */
    static String comingBack(String page, String returnTo) {
        if (returnTo == null || !page.contains(SANDBOX_PAGE)) {
            return page;
        }
        return page + (page.contains("?") ? "&" : "?") + "return=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
    }

    /** Whether the page should keep listening for the next state (nothing more happens once it is paid or over). */
    public boolean waiting() {
        return state != State.PAID && state != State.FAILED && state != State.CLOSED;
    }

    /** The payment method's name, as the message keys write it ({@code ALIPAY}), or {@code NONE}. */
    public String methodKey() {
        return method == null ? "NONE" : method.getValue();
    }

    /** A short fingerprint of the code to scan, so that a new code is a new image address (the old one may be cached). */
    public String codeVersion() {
        return code == null ? "" : Integer.toHexString(code.hashCode());
    }

    /** Whether the step is the sandbox's rather than a real provider's (the page says no money moves). */
    public boolean sandbox() {
        return href != null && href.contains(SANDBOX_PAGE) || code != null && code.contains(SANDBOX_PAGE);
    }
}
