package io.kiosk.command.refund;

import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.refund.RecordReturnShipment;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundItem;
import io.kiosk.api.refund.RefundStatus;
import io.kiosk.api.refund.RequestRefund;
import io.kiosk.api.refund.WithdrawRefund;
import io.kiosk.api.text.FreeText;
import io.kiosk.command.RuleViolation;
import io.kiosk.command.idempotency.Idempotent;
import io.kiosk.command.problems.InvalidField;
import io.kiosk.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.kiosk.command.problems.InvalidField.parse;

/**
 * The customer's side of refunds: ask for money back for a paid order, withdraw the request, say how the goods
 * went back; and the refund work list, which a customer reads for their own refunds and staff for everyone's.
 * Someone else's refund is answered exactly like a missing one.
 */
@RestController
@Tag(name = "Refunds")
class RefundController {

    static final int MAX_PAGE_SIZE = 100;
    /** How deep the list pages: deeper than any work list, and an offset PostgreSQL still finds at once. */
    static final int MAX_PAGE = 10_000;

    private final CommandGateway commands;
    private final RefundBook book;

    RefundController(CommandGateway commands, RefundBook book) {
        this.commands = commands;
        this.book = book;
    }

    @PostMapping("/api/orders/{orderId}/refunds")
    @Idempotent
    @Operation(operationId = "requestRefund", summary = "Ask for money back for some units of your paid order, or all of them, "
            + "with or without returning the goods (within the return window)", responses = {
            @ApiResponse(responseCode = "201", description = "The refund as requested; `Location` names it", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "409", description = "`order-not-paid`; `order-not-refundable`; `refund-exceeds-hold`; "
                    + "`refund-exists`; `concurrent-change`"),
            @ApiResponse(responseCode = "422", description = "`return-window-closed` (with `deliveredAt`, `windowClosedAt`); "
                    + "`refund-exceeds-remainder` (with `left` or `unitsLeft`); `nothing-left-to-refund`; `unknown-order-line`; "
                    + "`refund-awaiting-delivery`; `nothing-to-return`; `invalid-refund-reason`")})
    ResponseEntity<RequestedRefund> request(@PathVariable UUID orderId, @Valid @RequestBody RefundRequest request) {
        List<RefundItem> items = new ArrayList<>();
        List<RefundRequest.Line> lines = request.lines() == null ? List.of() : request.lines();
        for (int index = 0; index < lines.size(); index++) {
            RefundRequest.Line line = lines.get(index);
            items.add(new RefundItem(new CartItemId(line.lineId()),
                    parse("lines[" + index + "].quantity", () -> new Quantity(line.quantity()))));
        }
        String note = parse("note", () -> FreeText.note("note", request.note(), RequestRefund.MAX_NOTE));
        RefundId refundId = RefundId.random();
        RequestedRefund requested = commands.sendAndWait(parse("lines", () -> new RequestRefund(new OrderId(orderId),
                refundId, items, request.reason(), note, Boolean.TRUE.equals(request.withReturn()))));
        return ResponseEntity.created(URI.create("/api/refunds/" + refundId)).body(requested);
    }

    @PostMapping("/api/refunds/{refundId}/withdrawal")
    @Idempotent
    @Operation(operationId = "withdrawRefund", summary = "Take your refund request back, until the goods are sent", responses = {
            @ApiResponse(responseCode = "200", description = "The refund, withdrawn", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "409", description = "`refund-status-conflict`; `concurrent-change`")})
    RefundUpdate withdraw(@PathVariable UUID refundId) {
        return commands.sendAndWait(new WithdrawRefund(new RefundId(refundId)));
    }

    @PostMapping("/api/refunds/{refundId}/return-shipment")
    @Idempotent
    @Operation(operationId = "recordReturnShipment", summary = "Say how you sent the goods back: carrier and tracking number",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The refund, its goods on their way back", useReturnTypeSchema = true),
                    @ApiResponse(responseCode = "409", description = "`refund-status-conflict`; `concurrent-change`")})
    RefundUpdate returnShipment(@PathVariable UUID refundId, @Valid @RequestBody ReturnShipmentRequest shipment) {
        return commands.sendAndWait(new RecordReturnShipment(new RefundId(refundId), shipment.carrier().strip(),
                shipment.trackingNumber().strip()));
    }

    @GetMapping("/api/refunds/{refundId}")
    @Operation(operationId = "getRefund", summary = "A refund as it stands (customers: their own; staff: any)")
    RefundView refund(@PathVariable UUID refundId) {
        Caller caller = Caller.current();
        return book.find(new RefundId(refundId))
                .filter(refund -> caller.seesAllOrders() || refund.customerId().equals(caller.accountId()))
                .orElseThrow(() -> RuleViolation.notFound("not-found", null, "nothing exists with id " + refundId));
    }

    @GetMapping("/api/refunds")
    @Operation(operationId = "listRefunds", summary = "Refunds oldest first, a page at a time, optionally in one status: a customer's own; staff see "
            + "everyone's (the work list: REQUESTED to review, RETURN_SHIPPED to receive, ESCALATED to retry)")
    RefundView.Page refunds(@Parameter(description = "only refunds in this status", schema = @Schema(implementation = RefundStatus.class))
                            @RequestParam(required = false) String status,
                            @Parameter(description = "staff only: one customer's refunds") @RequestParam(required = false) UUID customerId,
                            @Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") int page,
                            @Parameter(description = "refunds per page, 1 to " + MAX_PAGE_SIZE) @RequestParam(defaultValue = "20") int size) {
        Caller caller = Caller.current();
        if (customerId != null && !caller.seesAllOrders()) {
            throw new InvalidField("customerId", "customers see their own refunds only; leave customerId out");
        }
        CustomerId whose = caller.seesAllOrders() ? (customerId == null ? null : new CustomerId(customerId)) : caller.accountId();
        RefundStatus wanted = status == null || status.isBlank() ? null : InvalidField.named("status", status, RefundStatus.class);
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidField("page", "must be 0 to " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidField("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return book.list(whose, wanted, page, size);
    }
}
