package io.kiosk.query.tracking;

import io.kiosk.api.order.FindOrderSummary;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderSummary;
import io.kiosk.query.problems.NotFound;
import io.kiosk.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Order tracking: what an order looks like now, from the tracking read model. */
@RestController
@RequestMapping("/api/orders")
@Tag(name = "Orders")
class OrderController {

    private final QueryGateway queries;

    OrderController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{orderId}")
    @Operation(summary = "The order as it stands now: status, lines, total. Customers see only their own orders")
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
