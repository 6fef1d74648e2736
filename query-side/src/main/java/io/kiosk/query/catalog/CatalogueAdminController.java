package io.kiosk.query.catalog;

import io.kiosk.api.catalog.CatalogueEntries;
import io.kiosk.api.catalog.CatalogueEntry;
import io.kiosk.api.catalog.FindCatalogueEntry;
import io.kiosk.api.catalog.ListCatalogueEntries;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.projections.catalog.CatalogProjection;
import io.kiosk.query.problems.InvalidField;
import io.kiosk.query.problems.NotFound;
import io.kiosk.query.readyourwrites.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static io.kiosk.query.problems.InvalidField.parse;

/**
 * The catalogue as the back office manages it: every product whatever its state, with its exact stock, so that a
 * draft can be revised and published and stock counted. Customers browse {@code /api/products} instead.
 */
@RestController
@RequestMapping("/api/admin/products")
@Tag(name = "Catalogue management")
class CatalogueAdminController {

    private final QueryGateway queries;

    CatalogueAdminController(QueryGateway queries) {
        this.queries = queries;
    }

    @ReadsFrom(CatalogProjection.PROCESSING_GROUP)
    @GetMapping
    @Operation(operationId = "listCatalogueEntries", summary = "Every product (drafts, on sale and withdrawn) with its state, "
            + "definition and exact stock per variant, in the order of their ids", responses = {
            @ApiResponse(responseCode = "200", description = "The products", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "400", description = "Invalid request (`invalid-request` naming `limit`)")})
    CatalogueEntries list(@Parameter(description = "at most this many products, 1 to " + ListCatalogueEntries.MAX_LIMIT)
                          @RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > ListCatalogueEntries.MAX_LIMIT) {
            throw new InvalidField("limit", "a list holds 1 to " + ListCatalogueEntries.MAX_LIMIT + " products");
        }
        return queries.query(new ListCatalogueEntries(limit), CatalogueEntries.class).join();
    }

    @ReadsFrom(CatalogProjection.PROCESSING_GROUP)
    @GetMapping("/{productId}")
    @Operation(operationId = "getCatalogueEntry", summary = "One product whatever its state: definition, whether it is on sale, "
            + "exact stock per variant and units sold", responses = {
            @ApiResponse(responseCode = "200", description = "The product", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "404", description = "`not-found`: no product of that id was ever defined")})
    CatalogueEntry one(@PathVariable String productId) {
        ProductId product = parse("productId", () -> new ProductId(productId));
        return queries.query(new FindCatalogueEntry(product), ResponseTypes.optionalInstanceOf(CatalogueEntry.class))
                .join()
                .orElseThrow(() -> new NotFound("no product " + productId + " was ever defined"));
    }
}
