package io.kiosk.query.catalog;

import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.InvalidConfiguration;
import io.kiosk.api.catalog.PreviewQuote;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.Quote;
import io.kiosk.api.catalog.QuoteConfiguration;
import io.kiosk.api.catalog.QuoteRefusal;
import io.kiosk.projections.catalog.CatalogProjection;
import io.kiosk.query.problems.InvalidField;
import io.kiosk.query.problems.NotFound;
import io.kiosk.query.readyourwrites.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import static io.kiosk.query.problems.InvalidField.parse;

/**
 * Live quotes: what a configuration costs, whether it is in stock and when it would arrive, asked
 * on every click while a customer configures a product. Anyone may ask; no login is needed. The back office
 * previews a product that is not on sale (a draft) by the same rules.
 */
@RestController
class QuoteController {

    private final QueryGateway queries;

    QuoteController(QueryGateway queries) {
        this.queries = queries;
    }

    @ReadsFrom(CatalogProjection.PROCESSING_GROUP)
    @PostMapping("/api/quotes")
    @Operation(operationId = "quoteConfiguration", tags = "Catalogue", summary = "Quote a configuration: price breakdown, unit price and total, stock "
            + "status and delivery window for a region", responses = {
            @ApiResponse(responseCode = "200", description = "The quote", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "400", description = "Invalid request: `productId`, `quantity` or `region` missing or "
                    + "malformed; an unknown `region` names the `allowed` ones"),
            @ApiResponse(responseCode = "404", description = "`not-found`: no product of that id is on sale"),
            @ApiResponse(responseCode = "422", description = "`invalid-configuration`: the options do not make an orderable "
                    + "product; `conflicting` names the choices, `errors` every rule broken")})
    Quote quote(@RequestBody QuoteRequest request) {
        return ask(configuration(request));
    }

    @ReadsFrom(CatalogProjection.PROCESSING_GROUP)
    @PostMapping("/api/admin/quotes")
    @Operation(operationId = "previewQuote", tags = "Catalogue management", summary = "Quote a configuration of any defined "
            + "product, on sale or not (a draft being prepared), exactly as a customer's quote would be", responses = {
            @ApiResponse(responseCode = "200", description = "The quote", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "400", description = "Invalid request: `productId`, `quantity` or `region` missing or "
                    + "malformed; an unknown `region` names the `allowed` ones"),
            @ApiResponse(responseCode = "404", description = "`not-found`: no product of that id was defined"),
            @ApiResponse(responseCode = "422", description = "`invalid-configuration`: the options do not make an orderable "
                    + "product; `conflicting` names the choices, `errors` every rule broken")})
    Quote preview(@RequestBody QuoteRequest request) {
        return ask(new PreviewQuote(configuration(request)));
    }

    private static QuoteConfiguration configuration(QuoteRequest request) {
        if (request.productId() == null) {
            throw new InvalidField("productId", "is required");
        }
        ProductId product = parse("productId", () -> new ProductId(request.productId()));
        if (request.quantity() == null) {
            throw new InvalidField("quantity", "is required");
        }
        Quantity quantity = parse("quantity", () -> new Quantity(request.quantity()));
        if (request.region() == null || request.region().isBlank()) {
            throw new InvalidField("region", "is required");
        }
        ChosenOptions options = parse("options", () -> new ChosenOptions(request.options() == null ? Map.of() : request.options()));
        return new QuoteConfiguration(product, options, quantity, request.region());
    }

    private Quote ask(Object query) {
        try {
            return queries.query(query, Quote.class).join();
        } catch (CompletionException failed) {
            throw refusalIn(failed).map(QuoteController::problemFor).orElseThrow(() -> failed);
        }
    }

    private static Optional<QuoteRefusal> refusalIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof QueryExecutionException refused) {
                Optional<Object> details = refused.getDetails();
                if (details.isPresent() && details.get() instanceof QuoteRefusal refusal) {
                    return Optional.of(refusal);
                }
            }
        }
        return Optional.empty();
    }

    private static RuntimeException problemFor(QuoteRefusal refusal) {
        return switch (refusal.reason()) {
            case UNKNOWN_PRODUCT -> new NotFound(refusal.message());
            case UNKNOWN_REGION -> new InvalidField("region", refusal.message(), refusal.regions());
            case INVALID_CONFIGURATION -> new InvalidConfiguration(refusal.problems());
        };
    }
}
