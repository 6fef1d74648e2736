package io.kiosk.command.refund;

import io.kiosk.api.refund.ApproveRefund;
import io.kiosk.api.refund.RecordReturnReceipt;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RejectRefund;
import io.kiosk.api.refund.RetryRefund;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The back office's work on refunds: approve (possibly for less) or reject a request, receive returned goods, retry an escalated payout. */
@RestController
@RequestMapping("/api/refunds/{refundId}")
@Tag(name = "Refund review")
class RefundReviewController {

    private final CommandGateway commands;

    RefundReviewController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/approval")
    @Operation(summary = "Approve a refund request, for the amount asked or less; with return, the goods are authorised "
            + "to come back (back office)")
    RefundUpdate approve(@PathVariable UUID refundId, @Valid @RequestBody(required = false) ReviewRequests.Approval approval) {
        return commands.sendAndWait(new ApproveRefund(new RefundId(refundId), approval == null ? null : approval.amount(),
                approval == null ? null : approval.note()));
    }

    @PostMapping("/rejection")
    @Operation(summary = "Reject a refund request, with the reason the customer is told (back office)")
    RefundUpdate reject(@PathVariable UUID refundId, @Valid @RequestBody ReviewRequests.Rejection rejection) {
        return commands.sendAndWait(new RejectRefund(new RefundId(refundId), rejection.reason().strip()));
    }

    @PostMapping("/receipt")
    @Operation(summary = "Record that the returned goods arrived and whether they pass inspection: accepted pays the "
            + "refund out, refused ends it (back office)")
    RefundUpdate receive(@PathVariable UUID refundId, @Valid @RequestBody ReviewRequests.Receipt receipt) {
        return commands.sendAndWait(new RecordReturnReceipt(new RefundId(refundId), receipt.accepted(), receipt.note()));
    }

    @PostMapping("/retry")
    @Operation(summary = "Pay an escalated refund out again, once what stopped it is fixed (back office)")
    RefundUpdate retry(@PathVariable UUID refundId) {
        return commands.sendAndWait(new RetryRefund(new RefundId(refundId)));
    }
}
