package io.kiosk.query.catalog;

import io.kiosk.api.catalog.ChoiceRef;
import io.kiosk.api.catalog.FindProduct;
import io.kiosk.api.catalog.ProductDetails;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductSearchResult;
import io.kiosk.api.catalog.ProductSort;
import io.kiosk.api.catalog.ProductSuggestions;
import io.kiosk.api.catalog.SuggestProducts;
import io.kiosk.api.catalog.SearchProducts;
import io.kiosk.api.text.FreeText;
import io.kiosk.projections.catalog.CatalogProjection;
import io.kiosk.query.problems.InvalidField;
import io.kiosk.query.problems.NotFound;
import io.kiosk.query.readyourwrites.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
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

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static io.kiosk.query.problems.InvalidField.parse;

/** Browsing the catalogue: search with facets (Elasticsearch) and one product's page (PostgreSQL). Open to anyone. */
@RestController
@RequestMapping("/api/products")
@Tag(name = "Catalogue")
class ProductController {

    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    private static final int MAX_OPTION_FILTERS = 20;

    private final QueryGateway queries;
    private final SearchMisses misses;

    ProductController(QueryGateway queries, SearchMisses misses) {
        this.queries = queries;
        this.misses = misses;
    }

    @ReadsFrom(CatalogProjection.PROCESSING_GROUP)
    @GetMapping
    @Operation(operationId = "searchProducts", summary = "Search published products in Chinese, English or pinyin, filter, sort and page;"
            + " each facet counts as if its own filter were not set; a text that finds nothing answers didYouMean and a fallback",
            description = "The text finds whole phrases first, then words (with the staff's synonyms), most Chinese characters,"
                    + " English words with a typo forgiven, and pinyin (chongdianqi) or initials (cdq). When the first page of a"
                    + " text search is empty, `didYouMean` may name a text that finds products, and `fallback` says what to show"
                    + " instead: `DID_YOU_MEAN` (what didYouMean finds), `CLOSEST_CATEGORY` (the best sellers of `category`) or"
                    + " `POPULAR` (the best sellers of all); the search is counted for the analysts' search-misses report.",
            responses = {
            @ApiResponse(responseCode = "200", description = "One page of products with the facets", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "400", description = "Invalid request (`invalid-request` naming the parameter: `q`, "
                    + "`category`, `minPrice`, `maxPrice`, `option`, `sort`, `page`, `size`); `search-refused`: the search index "
                    + "cannot run the search as asked"),
            @ApiResponse(responseCode = "503", description = "`search-unavailable`: the search index is down or did not answer; "
                    + "ask again after `Retry-After` seconds", headers = @Header(name = "Retry-After",
                    description = "seconds to wait", schema = @Schema(type = "integer")))})
    ProductSearchResult search(
            @Parameter(description = "words to find in names, descriptions and option names") @RequestParam(required = false) String q,
            @Parameter(description = "only this category, such as chargers") @RequestParam(required = false) String category,
            @Parameter(description = "lowest \"from\" price") @RequestParam(required = false) BigDecimal minPrice,
            @Parameter(description = "highest \"from\" price") @RequestParam(required = false) BigDecimal maxPrice,
            @Parameter(description = "group:choice, repeatable; values of one group are alternatives")
            @RequestParam(name = "option", required = false) List<String> options,
            @Parameter(description = "true: only what can be ordered now; false: only what cannot")
            @RequestParam(required = false) Boolean inStock,
            @Parameter(description = "relevance (default with q), price_asc, price_desc, popularity (default without q), newest")
            @RequestParam(required = false) String sort,
            @Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "products per page, 1 to " + SearchProducts.MAX_PAGE_SIZE) @RequestParam(defaultValue = "20") int size) {
        int pageSize = size(size);
        BigDecimal lowest = price("minPrice", minPrice);
        BigDecimal highest = price("maxPrice", maxPrice);
        if (lowest != null && highest != null && highest.compareTo(lowest) < 0) {
            throw new InvalidField("maxPrice", "must not be below minPrice");
        }
        SearchProducts search = new SearchProducts(text(q), category(category), lowest, highest,
                options == null ? List.of() : options(options), inStock, sort(sort), page(page, pageSize), pageSize);
        ProductSearchResult result = queries.query(search, ProductSearchResult.class).join();
        if (result.total() == 0 && search.text() != null && search.page() == 0) {
            misses.count(search.text());
        }
        return result;
    }

    @GetMapping("/suggestions")
    @Operation(operationId = "suggestProducts", summary = "Products whose names complete what the shopper has typed so far, for the"
            + " search box: Chinese, English, pinyin or initials; a typo forgiven from four letters on", responses = {
            @ApiResponse(responseCode = "200", description = "Up to `size` products, each once, the best first", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "400", description = "`invalid-request`: `q` (1 to 50 characters), `lang` (zh or en) or"
                    + " `size` (1 to 10); `search-refused`: the search index cannot complete the text as asked"),
            @ApiResponse(responseCode = "503", description = "`search-unavailable`: the search index is down or did not answer; "
                    + "ask again after `Retry-After` seconds", headers = @Header(name = "Retry-After",
                    description = "seconds to wait", schema = @Schema(type = "integer")))})
    ProductSuggestions suggestions(
            @Parameter(description = "what the search box holds, 1 to " + SuggestProducts.MAX_PREFIX_LENGTH + " characters")
            @RequestParam(required = false) String q,
            @Parameter(description = "the language of the names answered: zh (default) or en") @RequestParam(defaultValue = "zh") String lang,
            @Parameter(description = "how many products, 1 to " + SuggestProducts.MAX_SIZE + " (default 8)") @RequestParam(defaultValue = "8") int size) {
        if (q == null || q.isBlank() || q.strip().length() > SuggestProducts.MAX_PREFIX_LENGTH) {
            throw new InvalidField("q", "is 1 to " + SuggestProducts.MAX_PREFIX_LENGTH + " characters");
        }
        if (!"zh".equals(lang) && !"en".equals(lang)) {
            throw new InvalidField("lang", "'" + lang + "' is not a language here; choose zh or en", List.of("zh", "en"));
        }
        if (size < 1 || size > SuggestProducts.MAX_SIZE) {
            throw new InvalidField("size", "1 to " + SuggestProducts.MAX_SIZE + " suggestions");
        }
        return queries.query(new SuggestProducts(q, lang, size), ProductSuggestions.class).join();
    }

    @ReadsFrom(CatalogProjection.PROCESSING_GROUP)
    @GetMapping("/{productId}")
    @Operation(operationId = "getProduct", summary = "A published product: its definition (options, prices, rules), stock status per "
            + "variant and units sold", responses = {
            @ApiResponse(responseCode = "200", description = "The product", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "404", description = "`not-found`: no product of that id is on sale")})
    ProductDetails product(@PathVariable String productId) {
        ProductId product = parse("productId", () -> new ProductId(productId));
        return queries.query(new FindProduct(product), ResponseTypes.optionalInstanceOf(ProductDetails.class))
                .join()
                .orElseThrow(() -> new NotFound("product " + productId + " is not on sale"));
    }

    private static String text(String q) {
        return parse("q", () -> FreeText.optional("q", q, SearchProducts.MAX_TEXT_LENGTH));
    }

    private static String category(String category) {
        if (category != null && !category.isBlank() && !CATEGORY.matcher(category.strip()).matches()) {
            throw new InvalidField("category", "'" + category + "' is not a category: 1 to 40 lower-case letters, digits or '-'");
        }
        return category;
    }

    private static BigDecimal price(String parameter, BigDecimal price) {
        if (price != null && price.signum() < 0) {
            throw new InvalidField(parameter, "must not be negative");
        }
        if (price != null && price.compareTo(SearchProducts.MAX_PRICE) > 0) {
            throw new InvalidField(parameter, "is at most " + SearchProducts.MAX_PRICE.toPlainString());
        }
        return price;
    }

    /** Each {@code group:choice} (or {@code group=choice}). */
    private static List<ChoiceRef> options(List<String> options) {
        if (options.size() > MAX_OPTION_FILTERS) {
            throw new InvalidField("option", "at most " + MAX_OPTION_FILTERS + " option values may be chosen");
        }
        return options.stream().map(option -> {
            String written = option.strip();
            int separator = written.indexOf('=') >= 0 ? written.indexOf('=') : written.indexOf(':');
            if (separator <= 0 || !ID.matcher(written.substring(0, separator)).matches()
                    || !ID.matcher(written.substring(separator + 1)).matches()) {
                throw new InvalidField("option", "'" + option + "' is not an option value; write group:choice, such as colour:graphite");
            }
            return new ChoiceRef(written.substring(0, separator), written.substring(separator + 1));
        }).toList();
    }

    private static ProductSort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        List<String> names = Arrays.stream(ProductSort.values()).map(ProductSort::parameterName).toList();
        return ProductSort.named(sort).orElseThrow(() -> new InvalidField("sort",
                "'" + sort + "' is not a sort; choose one of " + String.join(", ", names), names));
    }

    private static int page(int page, int size) {
        if (page < 0) {
            throw new InvalidField("page", "pages are counted from 0");
        }
        // in long arithmetic: page + 1 overflows an int for the last int page
        if ((page + 1L) * size > SearchProducts.MAX_RESULT_WINDOW) {
            throw new InvalidField("page", "search reaches at most " + SearchProducts.MAX_RESULT_WINDOW
                    + " products deep; narrow the search instead");
        }
        return page;
    }

    private static int size(int size) {
        if (size < 1 || size > SearchProducts.MAX_PAGE_SIZE) {
            throw new InvalidField("size", "a page holds 1 to " + SearchProducts.MAX_PAGE_SIZE + " products");
        }
        return size;
    }
}
