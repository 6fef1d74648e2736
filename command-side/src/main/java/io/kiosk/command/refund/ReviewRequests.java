package io.kiosk.command.refund;

import io.swagger.v3.oas.annotations.media.Schema;
import io.kiosk.api.pricing.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the back office's decisions on a refund. */
final class ReviewRequests {

    private ReviewRequests() {
    }

    /** Approve: for less than asked ({@code amount}; left out: as asked), with a note for the customer. */
    @Schema(name = "RefundApprovalRequest")
    record Approval(Money amount, @Size(max = 500, message = "is longer than {max} characters") String note) {
    }

    /** Reject, and why (the customer is told). */
    @Schema(name = "RefundRejectionRequest")
    record Rejection(@NotBlank(message = "is required") @Size(max = 500, message = "is longer than {max} characters") String reason) {
    }

    /** The returned goods arrived: accepted or refused on inspection, and what the warehouse saw. */
    @Schema(name = "ReturnReceiptRequest")
    record Receipt(@NotNull(message = "is required") Boolean accepted,
                   @Size(max = 500, message = "is longer than {max} characters") String note) {
    }
}
