package io.kiosk.projections.catalog;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChoiceRef;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductDefined;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.catalog.ProductFacets;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductPublished;
import io.kiosk.api.catalog.ProductSearchResult;
import io.kiosk.api.catalog.ProductSort;
import io.kiosk.api.catalog.ProductWithdrawn;
import io.kiosk.api.catalog.SearchProducts;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.inventory.StockCounted;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.inventory.VariantMadeToOrder;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.pricing.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Searching a small catalogue in a real Elasticsearch node: a charger (199, in stock, 5 sold), a
 * lamp (329, sold out, 12 sold), a key case (89, made to order, 1 sold), a cable (49, in stock,
 * 30 sold) and a withdrawn charger nobody may find.
 */
class ProductSearchTest {

    private static final Instant AT = Instant.parse("2026-11-25T02:00:00Z");
    private static final String CHARGER = "ks-charger-pro", LAMP = "ks-desk-lamp", KEY_CASE = "ks-key-case",
            CABLE = "ks-cable", OLD_CHARGER = "ks-old-charger";
    private static CatalogTestBed catalog;

    @BeforeAll
    static void aSmallCatalogue() {
        catalog = CatalogTestBed.start();
        publish(CHARGER, ExampleProducts.charger(), 0);
        publish(LAMP, ExampleProducts.lamp(), 10);
        publish(KEY_CASE, ExampleProducts.keyCase(), 20);
        publish(CABLE, ExampleProducts.cable(), 30);
        publish(OLD_CHARGER, ExampleProducts.charger(), 40);
        catalog.projection.on(new ProductWithdrawn(new ProductId(OLD_CHARGER)), 2, AT);
        stock(CHARGER, Map.of("colour", "graphite", "size", "L"), 20);
        stock(LAMP, Map.of("colour", "white"), 0);
        stock(CABLE, Map.of("length", "1m"), 50);
        ProductId keyCase = new ProductId(KEY_CASE);
        ChosenOptions brown = new ChosenOptions(Map.of("colour", "brown"));
        catalog.projection.on(new VariantMadeToOrder(StockItemId.of(keyCase, brown), keyCase, brown, 7), 0, AT);
        sold(CHARGER, 5);
        sold(LAMP, 12);
        sold(KEY_CASE, 1);
        sold(CABLE, 30);
        catalog.refreshIndex();
    }

    @AfterAll
    static void stop() throws IOException {
        catalog.close();
    }

    private static void publish(String id, ProductDefinition definition, int minutesLater) {
        ProductId product = new ProductId(id);
        catalog.projection.on(new ProductDefined(product, definition), 0, AT);
        catalog.projection.on(new ProductPublished(product), 1, AT.plusSeconds(60L * minutesLater));
    }

    private static void stock(String id, Map<String, String> choices, int onHand) {
        ProductId product = new ProductId(id);
        ChosenOptions variant = new ChosenOptions(choices);
        catalog.projection.on(new StockCounted(StockItemId.of(product, variant), product, variant, onHand, 0), 0, AT);
    }

    private static void sold(String id, int units) {
        OrderLine line = new OrderLine(CartItemId.random(), new ProductId(id), ChosenOptions.none(), new Quantity(units),
                Money.of("10.00", "CNY"), null, null);
        catalog.projection.on(new OrderPlaced(OrderId.random(), CartId.random(), CustomerId.random(), List.of(line), line.lineTotal(), null, null), AT);
    }

    private static ProductSearchResult search(String text, String category, String min, String max, List<String> options,
                                              Boolean inStock, ProductSort sort, int page, int size) {
        return catalog.search.answer(new SearchProducts(text, category, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), options.stream().map(ChoiceRef::parse).toList(), inStock, sort, page, size));
    }

    private static List<String> found(String text) {
        return ids(search(text, null, null, null, List.of(), null, null, 0, 20));
    }

    private static List<String> filtered(String category, String min, String max, List<String> options, Boolean inStock) {
        return ids(search(null, category, min, max, options, inStock, ProductSort.PRICE_ASC, 0, 20));
    }

    private static List<String> ids(ProductSearchResult result) {
        return result.hits().stream().map(hit -> hit.productId().value()).toList();
    }

    private static Map<String, Long> counts(List<ProductFacets.Count> facet) {
        return facet.stream().collect(Collectors.toMap(ProductFacets.Count::value, ProductFacets.Count::count));
    }

    private static Map<String, Long> optionCounts(ProductFacets facets, String group) {
        return facets.options().stream().filter(facet -> facet.group().equals(group)).flatMap(facet -> facet.values().stream())
                .collect(Collectors.toMap(ProductFacets.OptionValueCount::value, ProductFacets.OptionValueCount::count));
    }

    @Test
    void chinese_words_find_products_by_their_chinese_names_and_option_names() {
        assertThat(found("充电器")).containsExactly(CHARGER);
        assertThat(found("台灯")).containsExactly(LAMP);
        assertThat(found("石墨")).containsExactlyInAnyOrder(CHARGER, LAMP, KEY_CASE);
    }

    @Test
    void english_words_find_products_in_any_of_their_forms_and_every_word_must_be_found() {
        assertThat(found("chargers")).containsExactly(CHARGER);
        assertThat(found("desk")).containsExactlyInAnyOrder(CHARGER, LAMP);
        assertThat(found("graphite wireless")).containsExactly(CHARGER);
        assertThat(found("leather lamp")).isEmpty();
    }

    @Test
    void a_withdrawn_product_is_never_found() {
        assertThat(found("充电器")).doesNotContain(OLD_CHARGER);
        assertThat(search(null, null, null, null, List.of(), null, null, 0, 100).total()).isEqualTo(4);
    }

    @Test
    void filters_narrow_by_category_price_option_values_and_stock() {
        assertThat(filtered("chargers", null, null, List.of(), null)).containsExactly(CABLE, CHARGER);
        assertThat(filtered(null, "89", "199", List.of(), null)).containsExactly(KEY_CASE, CHARGER);
        assertThat(filtered(null, null, null, List.of("colour=graphite"), null)).containsExactly(KEY_CASE, CHARGER, LAMP);
        assertThat(filtered(null, null, null, List.of("colour=white", "colour=brown"), null)).containsExactly(KEY_CASE, LAMP);
        assertThat(filtered(null, null, null, List.of("colour=graphite", "size=L"), null)).containsExactly(CHARGER);
        assertThat(filtered(null, null, null, List.of(), true)).containsExactly(CABLE, KEY_CASE, CHARGER);
        assertThat(filtered(null, null, null, List.of(), false)).containsExactly(LAMP);
    }

    @Test
    void each_facet_counts_as_if_its_own_filter_were_not_set() {
        ProductFacets byCategory = search(null, "chargers", null, null, List.of(), null, null, 0, 20).facets();
        assertThat(counts(byCategory.categories())).containsOnly(entry("chargers", 2L), entry("lamps", 1L), entry("accessories", 1L));
        assertThat(optionCounts(byCategory, "colour")).containsOnly(entry("colour=graphite", 1L), entry("colour=rose", 1L));
        assertThat(optionCounts(byCategory, "length")).containsOnly(entry("length=1m", 1L), entry("length=2m", 1L));

        ProductFacets byColour = search(null, null, null, null, List.of("colour=graphite"), null, null, 0, 20).facets();
        assertThat(optionCounts(byColour, "colour")).containsOnly(entry("colour=graphite", 3L), entry("colour=rose", 1L),
                entry("colour=white", 1L), entry("colour=brown", 1L));
        assertThat(optionCounts(byColour, "size")).containsOnly(entry("size=S", 1L), entry("size=L", 1L));
        assertThat(optionCounts(byColour, "length")).isEmpty();
        assertThat(counts(byColour.categories())).containsOnly(entry("chargers", 1L), entry("lamps", 1L), entry("accessories", 1L));
        assertThat(counts(byColour.inStock())).containsOnly(entry("true", 2L), entry("false", 1L));
        assertThat(byColour.priceRanges()).extracting(ProductFacets.PriceRange::key, ProductFacets.PriceRange::count)
                .containsExactly(tuple("0-100", 1L), tuple("100-200", 1L),
                        tuple("200-500", 1L), tuple("500-1000", 0L),
                        tuple("1000-", 0L));

        ProductFacets inStockOnly = search(null, null, null, null, List.of(), true, null, 0, 20).facets();
        assertThat(counts(inStockOnly.inStock())).containsOnly(entry("true", 3L), entry("false", 1L));
        assertThat(counts(inStockOnly.categories())).containsOnly(entry("chargers", 2L), entry("accessories", 1L));
    }

    @Test
    void option_facets_carry_the_names_of_groups_and_choices_in_both_languages() {
        ProductFacets facets = search(null, null, null, null, List.of(), null, null, 0, 20).facets();

        ProductFacets.OptionGroupCount colours = facets.options().stream().filter(group -> group.group().equals("colour"))
                .findFirst().orElseThrow();
        assertThat(colours.name().en()).isEqualTo("Colour");
        assertThat(colours.values()).filteredOn(value -> value.choice().equals("graphite"))
                .singleElement().satisfies(graphite -> {
                    assertThat(graphite.name().zh()).isEqualTo("石墨黑");
                    assertThat(graphite.count()).isEqualTo(3);
                });
        assertThat(facets.options()).noneMatch(group -> group.group().equals("engraving"));
    }

    @Test
    void hits_sort_by_price_either_way_by_popularity_by_default_and_by_newest() {
        assertThat(ids(search(null, null, null, null, List.of(), null, ProductSort.PRICE_ASC, 0, 20)))
                .containsExactly(CABLE, KEY_CASE, CHARGER, LAMP);
        assertThat(ids(search(null, null, null, null, List.of(), null, ProductSort.PRICE_DESC, 0, 20)))
                .containsExactly(LAMP, CHARGER, KEY_CASE, CABLE);
        assertThat(ids(search(null, null, null, null, List.of(), null, null, 0, 20)))
                .containsExactly(CABLE, LAMP, CHARGER, KEY_CASE);
        assertThat(ids(search(null, null, null, null, List.of(), null, ProductSort.NEWEST, 0, 20)))
                .containsExactly(CABLE, KEY_CASE, LAMP, CHARGER);
    }

    @Test
    void pages_split_the_hits_and_the_total_counts_them_all() {
        ProductSearchResult first = search(null, null, null, null, List.of(), null, ProductSort.PRICE_ASC, 0, 3);
        ProductSearchResult second = search(null, null, null, null, List.of(), null, ProductSort.PRICE_ASC, 1, 3);
        ProductSearchResult beyond = search(null, null, null, null, List.of(), null, ProductSort.PRICE_ASC, 2, 3);

        assertThat(ids(first)).containsExactly(CABLE, KEY_CASE, CHARGER);
        assertThat(ids(second)).containsExactly(LAMP);
        assertThat(beyond.hits()).isEmpty();
        assertThat(List.of(first.total(), second.total(), beyond.total())).containsOnly(4L);
    }

    @Test
    void a_hit_shows_names_the_from_price_stock_and_popularity() {
        ProductSearchResult.Hit charger = search("充电器", null, null, null, List.of(), null, null, 0, 20).hits().get(0);

        assertThat(charger.name().en()).isEqualTo("KS Wireless Charger Pro");
        assertThat(charger.fromPrice()).isEqualTo(Money.of("199.00", "CNY"));
        assertThat(charger.inStock()).isTrue();
        assertThat(charger.unitsSold()).isEqualTo(5);
        assertThat(charger.images()).containsExactly("https://img.kiosk.example/charger-pro.jpg");
    }
}
