package io.kiosk.command.cart;

import io.kiosk.api.cart.AddItemToCart;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.ChangeCartItemQuantity;
import io.kiosk.api.cart.CheckOutCart;
import io.kiosk.api.cart.CreateCart;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.cart.RemoveItemFromCart;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.delivery.DeliveryRegions;
import io.kiosk.api.delivery.Region;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.Contact;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.idempotency.Idempotent;
import io.kiosk.command.problems.InvalidField;
import io.kiosk.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;

import static io.kiosk.command.problems.InvalidField.parse;

/** The cart's command API: a customer opens a cart, fills it, checks it out. Only its owner sees it. */
@RestController
@RequestMapping("/api/carts")
@Tag(name = "Carts")
class CartController {

    private final CommandGateway commands;
    private final CartLinePricing pricing;
    private final DeliveryRegions regions;
    private final CartDeliveryFacts delivery;

    CartController(CommandGateway commands, CartLinePricing pricing, DeliveryRegions regions, CartDeliveryFacts delivery) {
        this.commands = commands;
        this.pricing = pricing;
        this.regions = regions;
        this.delivery = delivery;
    }

    @PostMapping
    @Idempotent
    @Operation(operationId = "openCart", summary = "Open a new, empty cart", responses =
            @ApiResponse(responseCode = "201", description = "The new cart; `Location` names it", useReturnTypeSchema = true))
    ResponseEntity<CartUpdate> createCart() {
        CartId cartId = CartId.random();
        commands.sendAndWait(new CreateCart(cartId, Caller.current().accountId()));
        return ResponseEntity.created(URI.create("/api/carts/" + cartId)).body(new CartUpdate(cartId, null, 0));
    }

    @PostMapping("/{cartId}/items")
    @Operation(operationId = "addCartItem", summary = "Add a configured product, priced now from the catalogue (same goods add up on one line)",
            description = "The cart prices the line with the same rules as a quote. `unitPrice` is optional: the price the "
                    + "customer saw, refused with 409 `price-changed` (and `currentUnitPrice`) when it is no longer the price.",
            responses = {
                    @ApiResponse(responseCode = "201", description = "The cart with the line; `Location` names the line",
                            useReturnTypeSchema = true),
                    @ApiResponse(responseCode = "409", description = "`cart-checked-out`; `price-changed` with `currentUnitPrice`; "
                            + "`concurrent-change`"),
                    @ApiResponse(responseCode = "422", description = "`invalid-configuration` naming the `conflicting` choices; "
                            + "`product-unavailable` (not on sale); `currency-mismatch`; `cart-full`; `quantity-too-large`")})
    ResponseEntity<CartUpdate> addItem(@PathVariable UUID cartId, @Valid @RequestBody CartItemRequest item) {
        ProductId productId = parse("productId", () -> new ProductId(item.productId()));
        ChosenOptions options = parse("options", () -> new ChosenOptions(item.options() == null ? Map.of() : item.options()));
        Quantity quantity = parse("quantity", () -> new Quantity(item.quantity()));
        Money priceSeen = item.unitPrice() == null ? null : parse("unitPrice", () -> money(item.unitPrice()));
        CartLinePricing.PricedLine line = pricing.price(productId, options, quantity, priceSeen);
        CartUpdate update = commands.sendAndWait(new AddItemToCart(new CartId(cartId), CartItemId.random(),
                productId, line.options(), quantity, line.unitPrice(), line.stockItemId(), line.label()));
        return ResponseEntity.created(URI.create("/api/carts/" + cartId + "/items/" + update.itemId())).body(update);
    }

    @PatchMapping("/{cartId}/items/{itemId}")
    @Operation(operationId = "changeCartItemQuantity", summary = "Change the quantity of a cart line", responses = {
            @ApiResponse(responseCode = "200", description = "The cart after the change", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "404", description = "No such cart (`not-found`) or line (`cart-item-not-found`)"),
            @ApiResponse(responseCode = "409", description = "`cart-checked-out`; `concurrent-change`"),
            @ApiResponse(responseCode = "422", description = "`quantity-too-large`")})
    CartUpdate changeQuantity(@PathVariable UUID cartId, @PathVariable UUID itemId,
                              @Valid @RequestBody QuantityChangeRequest change) {
        return commands.sendAndWait(new ChangeCartItemQuantity(new CartId(cartId), new CartItemId(itemId),
                parse("quantity", () -> new Quantity(change.quantity()))));
    }

    @DeleteMapping("/{cartId}/items/{itemId}")
    @Operation(operationId = "removeCartItem", summary = "Remove a cart line", responses = {
            @ApiResponse(responseCode = "200", description = "The cart after the change", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "404", description = "No such cart (`not-found`) or line (`cart-item-not-found`)"),
            @ApiResponse(responseCode = "409", description = "`cart-checked-out`; `concurrent-change`")})
    CartUpdate removeItem(@PathVariable UUID cartId, @PathVariable UUID itemId) {
        return commands.sendAndWait(new RemoveItemFromCart(new CartId(cartId), new CartItemId(itemId)));
    }

    @PostMapping("/{cartId}/checkout")
    @Idempotent
    @Operation(operationId = "checkOutCart", summary = "Check the cart out into a new order, with delivery address, contact and payment method",
            description = "The order process then holds the stock and asks for the payment; the order's payment on the query "
                    + "side says what the customer does next (`payment.action`).",
            responses = {
                    @ApiResponse(responseCode = "201", description = "The new order; `Location` names it on the query side",
                            useReturnTypeSchema = true),
                    @ApiResponse(responseCode = "409", description = "`cart-empty`; `cart-checked-out`; `concurrent-change`"),
                    @ApiResponse(responseCode = "422", description = "`checkout-details-required`; `currency-mismatch`")})
    ResponseEntity<CheckoutConfirmation> checkOut(@PathVariable UUID cartId, @Valid @RequestBody CheckoutRequest request) {
        CheckoutDetails details = details(request);
        OrderId orderId = OrderId.random();
        CartId cart = new CartId(cartId);
        CheckoutConfirmation confirmation = commands.sendAndWait(new CheckOutCart(cart, orderId, details,
                delivery.of(cart, details.region()).orElse(null)));
        return ResponseEntity.created(URI.create("/api/orders/" + orderId)).body(confirmation);
    }

    private CheckoutDetails details(CheckoutRequest request) {
        CheckoutRequest.Address address = request.address();
        DeliveryAddress deliveryAddress = parse("address", () -> new DeliveryAddress(address.recipient(),
                parse("address.phone", () -> PhoneNumber.of(address.phone() == null ? "" : address.phone())),
                address.line1(), address.line2(), address.city(), address.region(), address.postalCode(),
                address.country()));
        Contact contact = parse("contact", () -> new Contact(request.contact().name(),
                parse("contact.phone", () -> PhoneNumber.of(request.contact().phone())),
                parse("contact.email", () -> EmailAddress.of(request.contact().email()))));
        Region region = regions.find(request.region()).orElseThrow(() -> new InvalidField("region",
                "Kiosk does not deliver to region '" + request.region() + "'"));
        return new CheckoutDetails(deliveryAddress, contact, request.paymentMethod(), region.code());
    }

    private static Money money(PriceRequest price) {
        return new Money(price.amount(), Currency.getInstance(price.currency()));
    }
}
