package io.kiosk.command.inventory;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.inventory.CountStock;
import io.kiosk.api.inventory.MakeVariantToOrder;
import io.kiosk.api.inventory.ReceiveStock;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.command.RuleViolation;
import io.kiosk.command.catalog.ProductCatalog;
import io.kiosk.command.catalog.StockVariants;
import io.kiosk.command.problems.InvalidField;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

import static io.kiosk.command.problems.InvalidField.parse;

/**
 * Stock administration for the back office: stocktakes, receipts, made-to-order variants. The options
 * must name exactly one stock variant of the product. Reservations have no endpoint: the order
 * process makes them.
 */
@RestController
@RequestMapping("/api/products/{productId}/stock")
@Tag(name = "Stock")
class StockController {

    private final CommandGateway commands;
    private final ProductCatalog catalog;

    StockController(CommandGateway commands, ProductCatalog catalog) {
        this.commands = commands;
        this.catalog = catalog;
    }

    @PutMapping
    @Operation(operationId = "setStock", summary = "Set a variant's stock: the units counted, or made to order with a lead time",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The variant's stock now", useReturnTypeSchema = true),
                    @ApiResponse(responseCode = "404", description = "`product-not-found`"),
                    @ApiResponse(responseCode = "409", description = "`count-below-reserved`; `concurrent-change`"),
                    @ApiResponse(responseCode = "422", description = "`invalid-variant`: the options name no single stock variant; "
                            + "`invalid-stock-count`; `invalid-lead-time`; `too-much-stock`")})
    StockUpdate setStock(@PathVariable String productId, @Valid @RequestBody StockLevelRequest stock) {
        if ((stock.onHand() == null) == (stock.madeToOrder() == null)) {
            throw new InvalidField("onHand", "give either onHand (units counted) or madeToOrder (with its leadDays)");
        }
        ProductId product = product(productId);
        ChosenOptions variant = variantOf(product, stock.options());
        StockItemId stockItem = StockItemId.of(product, variant);
        return commands.sendAndWait(stock.onHand() != null
                ? new CountStock(stockItem, product, variant, stock.onHand())
                : new MakeVariantToOrder(stockItem, product, variant, stock.madeToOrder().leadDays()));
    }

    @PostMapping("/receipts")
    @Operation(operationId = "receiveStock", summary = "Record units of a variant that arrived", responses = {
            @ApiResponse(responseCode = "200", description = "The variant's stock now", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "404", description = "`product-not-found`"),
            @ApiResponse(responseCode = "409", description = "`variant-made-to-order`; `concurrent-change`"),
            @ApiResponse(responseCode = "422", description = "`invalid-variant`; `invalid-quantity`; `too-much-stock`")})
    StockUpdate receive(@PathVariable String productId, @Valid @RequestBody StockReceiptRequest receipt) {
        ProductId product = product(productId);
        ChosenOptions variant = variantOf(product, receipt.options());
        return commands.sendAndWait(new ReceiveStock(StockItemId.of(product, variant), product, variant, receipt.quantity()));
    }

    private static ProductId product(String productId) {
        return parse("productId", () -> new ProductId(productId));
    }

    private ChosenOptions variantOf(ProductId product, Map<String, String> options) {
        ChosenOptions chosen = parse("options", () -> new ChosenOptions(options == null ? Map.of() : options));
        return StockVariants.require(catalog.defined(product).orElseThrow(() ->
                RuleViolation.notFound("product-not-found", "productId", "no product " + product + " is defined")), chosen);
    }
}
