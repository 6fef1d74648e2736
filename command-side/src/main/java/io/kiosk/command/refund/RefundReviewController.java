package io.kiosk.command.refund;

import io.kiosk.api.refund.ApproveRefund;
import io.kiosk.api.refund.RecordReturnReceipt;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RejectRefund;
import io.kiosk.api.refund.RetryRefund;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
    @Operation(operationId = "approveRefund", summary = "Approve a refund request, for the amount asked or less; with return, "
            + "the goods are authorised to come back", responses = {
            @ApiResponse(responseCode = "200", description = "The refund, approved", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "409", description = "`refund-status-conflict`; `concurrent-change`"),
            @ApiResponse(responseCode = "422", description = "`invalid-refund-amount`: more than asked, or in another currency")})
    RefundUpdate approve(@PathVariable UUID refundId, @Valid @RequestBody(required = false) ReviewRequests.Approval approval) {
        return commands.sendAndWait(new ApproveRefund(new RefundId(refundId), approval == null ? null : approval.amount(),
                approval == null ? null : approval.note()));
    }

    @PostMapping("/rejection")
    @Operation(operationId = "rejectRefund", summary = "Reject a refund request, with the reason the customer is told", responses = {
            @ApiResponse(responseCode = "200", description = "The refund, rejected", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "409", description = "`refund-status-conflict`; `concurrent-change`")})
    RefundUpdate reject(@PathVariable UUID refundId, @Valid @RequestBody ReviewRequests.Rejection rejection) {
        return commands.sendAndWait(new RejectRefund(new RefundId(refundId), rejection.reason().strip()));
    }

    @PostMapping("/receipt")
    @Operation(operationId = "recordReturnReceipt", summary = "Record that the returned goods arrived and whether they pass "
            + "inspection: accepted pays the refund out, refused ends it", responses = {
            @ApiResponse(responseCode = "200", description = "The refund after the inspection", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "409", description = "`refund-status-conflict`; `concurrent-change`")})
    RefundUpdate receive(@PathVariable UUID refundId, @Valid @RequestBody ReviewRequests.Receipt receipt) {
        return commands.sendAndWait(new RecordReturnReceipt(new RefundId(refundId), receipt.accepted(), receipt.note()));
    }

    @PostMapping("/retry")
    @Operation(operationId = "retryRefund", summary = "Pay an escalated refund out again, once what stopped it is fixed", responses = {
            @ApiResponse(responseCode = "200", description = "The refund, paying out again", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "409", description = "`refund-status-conflict`: not escalated; `concurrent-change`")})
    RefundUpdate retry(@PathVariable UUID refundId) {
        return commands.sendAndWait(new RetryRefund(new RefundId(refundId)));
    }
}
