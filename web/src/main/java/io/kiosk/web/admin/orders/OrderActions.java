package io.kiosk.web.admin.orders;

import io.kiosk.client.command.ApiException;
import io.kiosk.client.command.ApiResponse;
import io.kiosk.client.command.api.OrdersApi;
import io.kiosk.client.command.api.PaymentReviewApi;
import io.kiosk.client.command.api.RefundReviewApi;
import io.kiosk.client.command.model.Money;
import io.kiosk.client.command.model.RefundApprovalRequest;
import io.kiosk.client.command.model.RefundRejectionRequest;
import io.kiosk.client.command.model.RejectionRequest;
import io.kiosk.client.command.model.ReturnReceiptRequest;
import io.kiosk.client.command.model.ShipmentRequest;
import io.kiosk.client.command.model.ShipmentRequestEta;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.backend.Positions;
import io.kiosk.web.problems.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The back office's actions on one order, posted from its console page: pick, ship, confirm delivery, cancel;
 * approve or reject its held payment; review its refunds (approve, possibly for less, or reject), receive returned
 * goods (accept or refuse), retry an escalated refund. Each goes to the command API as the signed-in member of staff
 * and comes back to the order page: with a notice and the command's position (so the page shows the change), or
 * with the API's refusal in words ({@link Refusals}). The page's forms post and redirect, so they work without htmx.
 */
@Controller
class OrderActions {

    private static final Logger log = LoggerFactory.getLogger(OrderActions.class);

    /** One call to the command API, answering with the headers that carry its position. */
    @FunctionalInterface
    private interface Call {
        ApiResponse<?> send() throws ApiException;
    }

    private final OrdersApi orders;
    private final PaymentReviewApi payments;
    private final RefundReviewApi refunds;
    private final Refusals refusals;

    OrderActions(Backend backend, Refusals refusals) {
        this.orders = new OrdersApi(backend.commands());
        this.payments = new PaymentReviewApi(backend.commands());
        this.refunds = new RefundReviewApi(backend.commands());
        this.refusals = refusals;
    }

    @PostMapping("/admin/orders/{orderId}/fulfilment")
    String pick(@PathVariable UUID orderId, RedirectAttributes redirect) throws ApiException {
        return act(orderId, "picked", redirect, () -> orders.startOrderFulfilmentWithHttpInfo(orderId));
    }

    @PostMapping("/admin/orders/{orderId}/shipment")
    String ship(@PathVariable UUID orderId, @RequestParam(defaultValue = "") String carrier,
                @RequestParam(defaultValue = "") String trackingNumber,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate earliest,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate latest,
                RedirectAttributes redirect) throws ApiException {
        ShipmentRequest shipment = new ShipmentRequest().carrier(carrier).trackingNumber(trackingNumber)
                .eta(new ShipmentRequestEta().earliest(earliest).latest(latest));
        return act(orderId, "shipped", redirect, () -> orders.shipOrderWithHttpInfo(orderId, shipment));
    }

    @PostMapping("/admin/orders/{orderId}/delivery")
    String deliver(@PathVariable UUID orderId, RedirectAttributes redirect) throws ApiException {
        return act(orderId, "delivered", redirect, () -> orders.confirmOrderDeliveryWithHttpInfo(orderId));
    }

    @PostMapping("/admin/orders/{orderId}/cancellation")
    String cancel(@PathVariable UUID orderId, RedirectAttributes redirect) throws ApiException {
        return act(orderId, "cancelled", redirect, () -> orders.cancelOrderWithHttpInfo(orderId));
    }

    @PostMapping("/admin/orders/{orderId}/payments/{paymentId}/approval")
    String approvePayment(@PathVariable UUID orderId, @PathVariable UUID paymentId, RedirectAttributes redirect)
            throws ApiException {
        return act(orderId, "payment-approved", redirect, () -> payments.approveHeldPaymentWithHttpInfo(paymentId));
    }

    @PostMapping("/admin/orders/{orderId}/payments/{paymentId}/rejection")
    String rejectPayment(@PathVariable UUID orderId, @PathVariable UUID paymentId,
                         @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) throws ApiException {
        return act(orderId, "payment-rejected", redirect,
                () -> payments.rejectHeldPaymentWithHttpInfo(paymentId, new RejectionRequest().reason(reason)));
    }

    @PostMapping("/admin/orders/{orderId}/refunds/{refundId}/approval")
    String approveRefund(@PathVariable UUID orderId, @PathVariable UUID refundId,
                         @RequestParam(required = false) BigDecimal amount, @RequestParam(defaultValue = "CNY") String currency,
                         @RequestParam(required = false) String note, RedirectAttributes redirect) throws ApiException {
        RefundApprovalRequest approval = new RefundApprovalRequest()
                .amount(amount == null ? null : new Money().amount(amount).currency(currency))
                .note(note == null || note.isBlank() ? null : note);
        return act(orderId, "refund-approved", redirect, () -> refunds.approveRefundWithHttpInfo(refundId, approval));
    }

    @PostMapping("/admin/orders/{orderId}/refunds/{refundId}/rejection")
    String rejectRefund(@PathVariable UUID orderId, @PathVariable UUID refundId,
                        @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) throws ApiException {
        return act(orderId, "refund-rejected", redirect,
                () -> refunds.rejectRefundWithHttpInfo(refundId, new RefundRejectionRequest().reason(reason)));
    }

    @PostMapping("/admin/orders/{orderId}/refunds/{refundId}/receipt")
    String receiveReturn(@PathVariable UUID orderId, @PathVariable UUID refundId, @RequestParam boolean accepted,
                         @RequestParam(required = false) String note, RedirectAttributes redirect) throws ApiException {
        ReturnReceiptRequest receipt = new ReturnReceiptRequest().accepted(accepted)
                .note(note == null || note.isBlank() ? null : note);
        return act(orderId, accepted ? "return-accepted" : "return-refused", redirect,
                () -> refunds.recordReturnReceiptWithHttpInfo(refundId, receipt));
    }

    @PostMapping("/admin/orders/{orderId}/refunds/{refundId}/retry")
    String retryRefund(@PathVariable UUID orderId, @PathVariable UUID refundId, RedirectAttributes redirect)
            throws ApiException {
        return act(orderId, "refund-retried", redirect, () -> refunds.retryRefundWithHttpInfo(refundId));
    }

    private String act(UUID orderId, String done, RedirectAttributes redirect, Call call) throws ApiException {
        try {
            ApiResponse<?> answer = call.send();
            redirect.addFlashAttribute(Positions.FLASH, Positions.of(answer));
            redirect.addFlashAttribute("notice", "admin.order.done." + done);
            log.info("order {}: {}", orderId, done);
        } catch (ApiException refused) {
            refusals.tell(refused, ApiProblem.of(refused), redirect);
        }
        return "redirect:/admin/orders/" + orderId;
    }
}
