package io.kiosk.command.risk;

import io.kiosk.api.payment.ApproveHeldPayment;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.RejectHeldPayment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** The back office's review of payments the risk check held: list them, let one go to the provider, or refuse it. */
@RestController
@RequestMapping("/api/payments")
@Tag(name = "Payment review")
class HeldPaymentController {

    private final CommandGateway commands;
    private final PaymentActivity activity;

    HeldPaymentController(CommandGateway commands, PaymentActivity activity) {
        this.commands = commands;
        this.activity = activity;
    }

    @GetMapping("/held")
    @Operation(operationId = "listHeldPayments", summary = "Payments held for review, oldest first, with the rules that held them")
    List<HeldPayment> held() {
        return activity.held();
    }

    @PostMapping("/{paymentId}/approval")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "approveHeldPayment", summary = "Let a held payment go ahead: the provider is asked for it now", responses = {
            @ApiResponse(responseCode = "204", description = "Approved"),
            @ApiResponse(responseCode = "409", description = "`payment-not-held`; `concurrent-change`")})
    void approve(@PathVariable UUID paymentId) {
        commands.sendAndWait(new ApproveHeldPayment(new PaymentId(paymentId)));
    }

    @PostMapping("/{paymentId}/rejection")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "rejectHeldPayment", summary = "Refuse a held payment: it fails as risk-rejected and its order is cancelled",
            responses = {
                    @ApiResponse(responseCode = "204", description = "Rejected"),
                    @ApiResponse(responseCode = "409", description = "`payment-not-held`; `concurrent-change`")})
    void reject(@PathVariable UUID paymentId, @Valid @RequestBody RejectionRequest rejection) {
        commands.sendAndWait(new RejectHeldPayment(new PaymentId(paymentId), rejection.reason().strip()));
    }
}
