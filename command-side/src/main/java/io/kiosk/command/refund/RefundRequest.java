package io.kiosk.command.refund;

import io.kiosk.api.refund.RefundReason;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * The body of a refund request: which lines and how many of their units ({@code lines}; left out or empty: every
 * unit not yet refunded), why ({@code reason}, one of {@link RefundReason} but {@code ORDER_CANCELLED}), in the
 * customer's words ({@code note}), and whether the goods come back ({@code withReturn}, for delivered orders).
 */
record RefundRequest(@Size(max = 100, message = "names at most {max} lines") List<@Valid Line> lines,
                     @NotNull(message = "is required") RefundReason reason,
                     @Size(max = 500, message = "is longer than {max} characters") String note,
                     Boolean withReturn) {

    /** Units of one order line. */
    record Line(@NotNull(message = "is required") UUID lineId, @NotNull(message = "is required") Integer quantity) {
    }
}
