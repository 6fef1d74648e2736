package io.kiosk.command.order;

import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.order.CancelOrder;
import io.kiosk.api.order.CancellationReason;
import io.kiosk.api.order.ConfirmOrderDelivery;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.ShipOrder;
import io.kiosk.api.order.StartOrderFulfilment;
import io.kiosk.security.Caller;
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

import static io.kiosk.command.problems.InvalidField.parse;

/**
 * The order's command API after checkout: the customer may cancel their own order until it ships,
 * and the back office any order (a fraud, an address that cannot be served); the back office picks a
 * paid order, ships it and confirms its delivery. Payment moves the order
 * on by itself (see {@code OrderProcess}).
 */
@RestController
@RequestMapping("/api/orders/{orderId}")
@Tag(name = "Orders")
class OrderController {

    private final CommandGateway commands;

    OrderController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/cancellation")
    @Operation(operationId = "cancelOrder", summary = "Cancel your order before it ships: stock and an open payment are released; "
            + "a paid order is refunded in full", description = "Customers cancel their own orders (reason CUSTOMER_REQUEST); "
            + "the back office cancels any order (reason BACK_OFFICE).", responses = {
            @ApiResponse(responseCode = "200", description = "The order, cancelled", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "409", description = "`order-already-shipped`; `order-status-conflict`; `concurrent-change`")})
    OrderUpdate cancel(@PathVariable UUID orderId) {
        CancellationReason reason = Caller.current().seesAllOrders() ? CancellationReason.BACK_OFFICE
                : CancellationReason.CUSTOMER_REQUEST;
        return commands.sendAndWait(new CancelOrder(new OrderId(orderId), reason));
    }

    @PostMapping("/fulfilment")
    @Operation(operationId = "startOrderFulfilment", summary = "Hand a paid order to the warehouse, which starts picking it",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The order, in fulfilment", useReturnTypeSchema = true),
                    @ApiResponse(responseCode = "409", description = "`order-status-conflict`: not paid, or further on; `concurrent-change`")})
    OrderUpdate startFulfilment(@PathVariable UUID orderId) {
        return commands.sendAndWait(new StartOrderFulfilment(new OrderId(orderId)));
    }

    @PostMapping("/shipment")
    @Operation(operationId = "shipOrder", summary = "Record that the goods left with a carrier, with tracking number and expected delivery",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The order, shipped", useReturnTypeSchema = true),
                    @ApiResponse(responseCode = "409", description = "`order-status-conflict`; `concurrent-change`")})
    OrderUpdate ship(@PathVariable UUID orderId, @Valid @RequestBody ShipmentRequest shipment) {
        DeliveryWindow eta = parse("eta", () -> new DeliveryWindow(shipment.eta().earliest(), shipment.eta().latest()));
        return commands.sendAndWait(new ShipOrder(new OrderId(orderId), shipment.carrier().strip(),
                shipment.trackingNumber().strip(), eta));
    }

    @PostMapping("/delivery")
    @Operation(operationId = "confirmOrderDelivery", summary = "Record that the customer received the goods", responses = {
            @ApiResponse(responseCode = "200", description = "The order, delivered", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "409", description = "`order-status-conflict`; `concurrent-change`")})
    OrderUpdate confirmDelivery(@PathVariable UUID orderId) {
        return commands.sendAndWait(new ConfirmOrderDelivery(new OrderId(orderId)));
    }
}
