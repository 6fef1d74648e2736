package io.kiosk.command.catalog;

import io.kiosk.api.catalog.DefineProduct;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.PublishProduct;
import io.kiosk.api.catalog.ReviseProduct;
import io.kiosk.api.catalog.WithdrawProduct;
import io.swagger.v3.oas.annotations.Operation;
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
    @Operation(summary = "Define a new product (unpublished until published)")
    ResponseEntity<ProductUpdate> define(@Valid @RequestBody NewProductRequest product) {
        ProductId productId = parse("productId", () -> new ProductId(product.productId()));
        ProductUpdate update = commands.sendAndWait(new DefineProduct(productId, product.definition()));
        return ResponseEntity.created(URI.create("/api/products/" + productId)).body(update);
    }

    @PutMapping("/{productId}")
    @Operation(summary = "Revise a product's definition; prices apply to lines added from now on")
    ProductUpdate revise(@PathVariable String productId, @Valid @RequestBody ProductRevisionRequest revision) {
        return commands.sendAndWait(new ReviseProduct(product(productId), revision.definition()));
    }

    @PostMapping("/{productId}/publication")
    @Operation(summary = "Publish a product: customers may order it")
    ProductUpdate publish(@PathVariable String productId) {
        return commands.sendAndWait(new PublishProduct(product(productId)));
    }

    @DeleteMapping("/{productId}/publication")
    @Operation(summary = "Withdraw a product: no new cart lines; placed orders keep it")
    ProductUpdate withdraw(@PathVariable String productId) {
        return commands.sendAndWait(new WithdrawProduct(product(productId)));
    }

    private static ProductId product(String productId) {
        return parse("productId", () -> new ProductId(productId));
    }
}
