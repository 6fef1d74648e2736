package io.kiosk.query.tracking;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.order.FindOrderSummary;
import io.kiosk.api.order.ListOrders;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderPage;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.order.OrderSummary;
import io.kiosk.projections.tracking.OrderTrackingProjection;
import io.kiosk.query.problems.InvalidField;
import io.kiosk.query.problems.NotFound;
import io.kiosk.query.readyourwrites.ReadsFrom;
import io.kiosk.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static io.kiosk.query.problems.InvalidField.parse;

/** Order tracking: what an order looks like now, and lists of orders, from the tracking read model. */
@RestController
@RequestMapping("/api/orders")
@Tag(name = "Orders")
class OrderController {

    private final QueryGateway queries;

    OrderController(QueryGateway queries) {
        this.queries = queries;
    }

    @ReadsFrom(OrderTrackingProjection.PROCESSING_GROUP)
    @GetMapping
    @Operation(operationId = "listOrders", summary = "Orders newest first, a page at a time, optionally in one status: a customer's own; "
            + "staff see everyone's, or one customer's with customerId")
    OrderPage orders(@Parameter(description = "only orders in this status", schema = @Schema(implementation = OrderStatus.class))
                     @RequestParam(required = false) String status,
                     @Parameter(description = "staff only: one customer's orders") @RequestParam(required = false) UUID customerId,
                     @Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") int page,
                     @Parameter(description = "orders per page, 1 to " + ListOrders.MAX_PAGE_SIZE) @RequestParam(defaultValue = "20") int size) {
        Caller caller = Caller.current();
        if (customerId != null && !caller.seesAllOrders()) {
            throw new InvalidField("customerId", "customers see their own orders only; leave customerId out");
        }
        CustomerId whose = caller.seesAllOrders() ? (customerId == null ? null : new CustomerId(customerId)) : caller.accountId();
        OrderStatus wanted = status == null || status.isBlank() ? null : parse("status", () -> OrderStatus.valueOf(status.strip()));
        if (page < 0) {
            throw new InvalidField("page", "must be 0 or more");
        }
        if (size < 1 || size > ListOrders.MAX_PAGE_SIZE) {
            throw new InvalidField("size", "must be between 1 and " + ListOrders.MAX_PAGE_SIZE);
        }
        return queries.query(new ListOrders(whose, wanted, page, size), OrderPage.class).join();
    }

    @ReadsFrom(OrderTrackingProjection.PROCESSING_GROUP)
    @GetMapping("/{orderId}")
    @Operation(operationId = "getOrder", summary = "The order as it stands now: status, lines, total, payment, shipment, timeline, "
            + "refunds. Customers see only their own orders", responses = {
            @ApiResponse(responseCode = "200", description = "The order", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "404", description = "`not-found`: no such order, not visible yet, or someone else's")})
    OrderSummary order(@PathVariable UUID orderId) {
        Caller caller = Caller.current();
        return queries.query(new FindOrderSummary(new OrderId(orderId)), ResponseTypes.optionalInstanceOf(OrderSummary.class))
                .join()
                .filter(order -> mayFollow(caller, order))
                .orElseThrow(() -> new NotFound("order " + orderId + " does not exist (or is not visible yet)"));
    }

    /**
     * Staff follow every order, a customer only their own. Someone else's order is answered exactly
     * like a missing one, so that trying ids tells a customer nothing about other people's orders.
     */
    static boolean mayFollow(Caller caller, OrderSummary order) {
        return caller.seesAllOrders() || order.customerId().equals(caller.accountId());
    }
}
