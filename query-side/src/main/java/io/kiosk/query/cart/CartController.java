package io.kiosk.query.cart;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartSummary;
import io.kiosk.api.cart.FindCart;
import io.kiosk.api.cart.FindCurrentCart;
import io.kiosk.projections.cart.CartProjection;
import io.kiosk.query.problems.NotFound;
import io.kiosk.query.readyourwrites.ReadsFrom;
import io.kiosk.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Carts read back, from the cart read model: the lines, totals and status of one cart, or of the caller's current
 * one. Carts are filled on the command side ({@code /api/carts} there); what a change did shows here once the read
 * model has it, at once with the change's {@code ?position=}.
 */
@RestController
@RequestMapping("/api/carts")
@Tag(name = "Carts")
class CartController {

    private final QueryGateway queries;

    CartController(QueryGateway queries) {
        this.queries = queries;
    }

    @ReadsFrom(CartProjection.PROCESSING_GROUP)
    @GetMapping("/current")
    @Operation(operationId = "getCurrentCart", summary = "Your current cart: the newest one you have not checked out, with its "
            + "lines and totals", responses = {
            @ApiResponse(responseCode = "200", description = "The cart", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "404", description = "`not-found`: you have no open cart, or it is not visible yet")})
    CartSummary current() {
        return queries.query(new FindCurrentCart(Caller.current().accountId()), ResponseTypes.optionalInstanceOf(CartSummary.class))
                .join()
                .orElseThrow(() -> new NotFound("you have no open cart (or it is not visible yet)"));
    }

    @ReadsFrom(CartProjection.PROCESSING_GROUP)
    @GetMapping("/{cartId}")
    @Operation(operationId = "getCart", summary = "The cart as it stands: lines with names, options, quantities and prices, "
            + "item count, total, status (OPEN, or CHECKED_OUT with its order). Customers see only their own carts", responses = {
            @ApiResponse(responseCode = "200", description = "The cart", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "404", description = "`not-found`: no such cart, not visible yet, or someone else's")})
    CartSummary cart(@PathVariable UUID cartId) {
        Caller caller = Caller.current();
        return queries.query(new FindCart(new CartId(cartId)), ResponseTypes.optionalInstanceOf(CartSummary.class))
                .join()
                .filter(cart -> mayRead(caller, cart))
                .orElseThrow(() -> new NotFound("cart " + cartId + " does not exist (or is not visible yet)"));
    }

    /**
     * Staff read every cart (to help a customer at the counter), a customer only their own. Someone else's cart is
     * answered exactly like a missing one, so that trying ids tells a customer nothing about other people's carts.
     */
    private static boolean mayRead(Caller caller, CartSummary cart) {
        return caller.seesAllOrders() || cart.customerId().equals(caller.accountId());
    }
}
