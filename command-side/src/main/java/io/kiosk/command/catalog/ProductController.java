package io.kiosk.command.catalog;

import io.kiosk.api.catalog.DefineProduct;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.PublishProduct;
import io.kiosk.api.catalog.ReviseProduct;
import io.kiosk.api.catalog.WithdrawProduct;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

import static io.kiosk.command.problems.InvalidField.parse;

/** The catalogue's command API for the back office: define, revise, publish and withdraw products. */
@RestController
@RequestMapping("/api/products")
@Tag(name = "Products")
class ProductController {

    private final CommandGateway commands;

    ProductController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(operationId = "defineProduct", summary = "Define a new product (unpublished until published)", responses = {
            @ApiResponse(responseCode = "201", description = "The product; `Location` names it", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "409", description = "`product-exists`")})
    ResponseEntity<ProductUpdate> define(@Valid @RequestBody NewProductRequest product) {
        ProductId productId = parse("productId", () -> new ProductId(product.productId()));
        ProductUpdate update = commands.sendAndWait(new DefineProduct(productId, product.definition()));
        return ResponseEntity.created(URI.create("/api/products/" + productId)).body(update);
    }

    @PutMapping("/{productId}")
    @Operation(operationId = "reviseProduct", summary = "Revise a product's definition; prices apply to lines added from now on",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The product, revised", useReturnTypeSchema = true),
                    @ApiResponse(responseCode = "409", description = "`concurrent-change`"),
                    @ApiResponse(responseCode = "422", description = "`currency-change`: the base price's currency is for good")})
    ProductUpdate revise(@PathVariable String productId, @Valid @RequestBody ProductRevisionRequest revision) {
        return commands.sendAndWait(new ReviseProduct(product(productId), revision.definition()));
    }

    @PostMapping("/{productId}/publication")
    @Operation(operationId = "publishProduct", summary = "Publish a product: customers may order it", responses = {
            @ApiResponse(responseCode = "200", description = "The product, published", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "409", description = "`concurrent-change`")})
    ProductUpdate publish(@PathVariable String productId) {
        return commands.sendAndWait(new PublishProduct(product(productId)));
    }

    @DeleteMapping("/{productId}/publication")
    @Operation(operationId = "withdrawProduct", summary = "Withdraw a product: no new cart lines; placed orders keep it", responses = {
            @ApiResponse(responseCode = "200", description = "The product, withdrawn", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "409", description = "`concurrent-change`")})
    ProductUpdate withdraw(@PathVariable String productId) {
        return commands.sendAndWait(new WithdrawProduct(product(productId)));
    }

    private static ProductId product(String productId) {
        return parse("productId", () -> new ProductId(productId));
    }
}
