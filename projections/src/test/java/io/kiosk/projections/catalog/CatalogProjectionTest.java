package io.kiosk.projections.catalog;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.FindProduct;
import io.kiosk.api.catalog.ProductDefined;
import io.kiosk.api.catalog.ProductDetails;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductPublished;
import io.kiosk.api.catalog.ProductRevised;
import io.kiosk.api.catalog.ProductWithdrawn;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.delivery.StockStatus;
import io.kiosk.api.inventory.ReservationId;
import io.kiosk.api.inventory.StockCommitted;
import io.kiosk.api.inventory.StockCounted;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.inventory.StockReserved;
import io.kiosk.api.inventory.VariantMadeToOrder;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.pricing.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue read model and its search documents as product, stock and order events arrive, again and out of turn. */
class CatalogProjectionTest {

    private static final Instant AT = Instant.parse("2026-11-25T02:00:00Z");
    private static CatalogTestBed catalog;

    @BeforeAll
    static void start() {
        catalog = CatalogTestBed.start();
    }

    @AfterAll
    static void stop() throws IOException {
        catalog.close();
    }

    private static ProductId newProduct() {
        return new ProductId("ks-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static ProductId publishedCharger() {
        ProductId product = newProduct();
        catalog.projection.on(new ProductDefined(product, ExampleProducts.charger()), 0, AT);
        catalog.projection.on(new ProductPublished(product), 1, AT);
        return product;
    }

    private static ProductDetails shown(ProductId product) {
        return catalog.projection.answer(new FindProduct(product)).orElseThrow();
    }

    private static StockItemId variant(ProductId product, String colour, String size) {
        return StockItemId.of(product, new ChosenOptions(Map.of("colour", colour, "size", size)));
    }

    private static OrderPlaced order(OrderId order, ProductId product, int... quantities) {
        List<OrderLine> lines = Arrays.stream(quantities).mapToObj(quantity -> new OrderLine(CartItemId.random(), product,
                new ChosenOptions(Map.of("colour", "graphite", "size", "L")), new Quantity(quantity), Money.of("219.90", "CNY"), null, null)).toList();
        return new OrderPlaced(order, CartId.random(), CustomerId.random(), lines,
                lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow(), null, null);
    }

    @Test
    void a_product_is_shown_once_published_with_its_latest_definition_and_hidden_once_withdrawn() {
        ProductId product = newProduct();

        catalog.projection.on(new ProductDefined(product, ExampleProducts.charger()), 0, AT);
        assertThat(catalog.projection.answer(new FindProduct(product))).isEmpty();
        assertThat(catalog.indexed(product.value()).found()).isFalse();

        catalog.projection.on(new ProductPublished(product), 1, AT);
        assertThat(shown(product).definition()).isEqualTo(ExampleProducts.charger());
        assertThat(shown(product).publishedAt()).isEqualTo(AT);
        assertThat(catalog.indexed(product.value()).source().name().zh()).isEqualTo("KS 无线充电器 Pro");

        catalog.projection.on(new ProductRevised(product, ExampleProducts.chargerRevised()), 2, AT.plusSeconds(60));
        assertThat(shown(product).definition()).isEqualTo(ExampleProducts.chargerRevised());
        assertThat(catalog.indexed(product.value()).source().fromPrice()).isEqualTo(219.0);

        catalog.projection.on(new ProductWithdrawn(product), 3, AT.plusSeconds(120));
        assertThat(catalog.projection.answer(new FindProduct(product))).isEmpty();
        assertThat(catalog.indexed(product.value()).found()).isFalse();
    }

    @Test
    void a_redelivered_older_product_event_overwrites_neither_the_catalogue_nor_the_search_document() {
        ProductId product = publishedCharger();
        catalog.projection.on(new ProductRevised(product, ExampleProducts.chargerRevised()), 2, AT);
        long revision = catalog.searchRevision(product.value());

        catalog.projection.on(new ProductDefined(product, ExampleProducts.charger()), 0, AT);
        catalog.projection.on(new ProductPublished(product), 1, AT);

        assertThat(shown(product).definition()).isEqualTo(ExampleProducts.chargerRevised());
        assertThat(catalog.searchRevision(product.value())).isEqualTo(revision);
        assertThat(catalog.indexed(product.value()).version()).isEqualTo(revision);
        assertThat(catalog.indexed(product.value()).source().name().en()).isEqualTo("KS Wireless Charger Pro 2");
    }

    @Test
    void stock_levels_are_set_from_each_event_and_a_redelivered_one_does_not_bring_old_levels_back() {
        ProductId product = publishedCharger();
        StockItemId graphiteLarge = variant(product, "graphite", "L");
        ChosenOptions variant = new ChosenOptions(Map.of("colour", "graphite", "size", "L"));

        catalog.projection.on(new StockCounted(graphiteLarge, product, variant, 10, 0), 0, AT);
        catalog.projection.on(new StockReserved(graphiteLarge, product, ReservationId.random(), 7, 10, 7), 1, AT);
        assertThat(shown(product).variants()).containsExactly(new ProductDetails.VariantStock(variant, StockStatus.LOW, null));
        catalog.projection.on(new StockCommitted(graphiteLarge, product, ReservationId.random(), 7, 3, 0), 2, AT);

        catalog.projection.on(new StockReserved(graphiteLarge, product, ReservationId.random(), 7, 10, 7), 1, AT);

        assertThat(catalog.jdbc.sql("SELECT on_hand, reserved FROM catalog_stock WHERE stock_item_id = :id")
                .param("id", graphiteLarge.value()).query().singleRow()).containsEntry("on_hand", 3).containsEntry("reserved", 0);
        assertThat(catalog.indexed(product.value()).source().inStock()).isTrue();
    }

    @Test
    void the_search_document_is_rewritten_only_when_a_variant_starts_or_stops_being_orderable() {
        ProductId product = publishedCharger();
        StockItemId graphiteLarge = variant(product, "graphite", "L");
        long unstocked = catalog.searchRevision(product.value());

        catalog.projection.on(new StockCounted(graphiteLarge, product, new ChosenOptions(Map.of("colour", "graphite", "size", "L")), 3, 0), 0, AT);
        long stocked = catalog.searchRevision(product.value());
        catalog.projection.on(new StockReserved(graphiteLarge, product, ReservationId.random(), 2, 3, 2), 1, AT);
        long reservedSome = catalog.searchRevision(product.value());
        catalog.projection.on(new StockReserved(graphiteLarge, product, ReservationId.random(), 1, 3, 3), 2, AT);

        assertThat(stocked).isEqualTo(unstocked + 1);
        assertThat(reservedSome).isEqualTo(stocked);
        assertThat(catalog.searchRevision(product.value())).isEqualTo(stocked + 1);
        assertThat(catalog.indexed(product.value()).source().inStock()).isFalse();
    }

    @Test
    void a_product_whose_only_stock_is_sold_out_shows_out_of_stock_until_a_variant_is_made_to_order() {
        ProductId product = publishedCharger();
        StockItemId graphiteLarge = variant(product, "graphite", "L");
        StockItemId roseSmall = variant(product, "rose", "S");
        ChosenOptions roseSmallChoices = new ChosenOptions(Map.of("colour", "rose", "size", "S"));
        catalog.projection.on(new StockCounted(graphiteLarge, product, new ChosenOptions(Map.of("colour", "graphite", "size", "L")), 2, 2), 0, AT);
        assertThat(catalog.indexed(product.value()).source().inStock()).isFalse();
        assertThat(shown(product).variants()).extracting(ProductDetails.VariantStock::status).containsExactly(StockStatus.OUT_OF_STOCK);

        catalog.projection.on(new VariantMadeToOrder(roseSmall, product, roseSmallChoices, 10), 0, AT);

        assertThat(catalog.indexed(product.value()).source().inStock()).isTrue();
        assertThat(shown(product).variants()).contains(new ProductDetails.VariantStock(roseSmallChoices, StockStatus.MADE_TO_ORDER, 10));
    }

    @Test
    void stock_and_sales_recorded_before_the_product_was_defined_are_kept_for_it() {
        ProductId product = newProduct();
        StockItemId graphiteLarge = variant(product, "graphite", "L");
        catalog.projection.on(new StockCounted(graphiteLarge, product, new ChosenOptions(Map.of("colour", "graphite", "size", "L")), 20, 0), 0, AT);
        catalog.projection.on(order(OrderId.random(), product, 4), AT);
        assertThat(catalog.indexed(product.value()).found()).isFalse();

        catalog.projection.on(new ProductDefined(product, ExampleProducts.charger()), 0, AT);
        catalog.projection.on(new ProductPublished(product), 1, AT);

        assertThat(shown(product).unitsSold()).isEqualTo(4);
        assertThat(catalog.indexed(product.value()).source().inStock()).isTrue();
        assertThat(catalog.indexed(product.value()).source().unitsSold()).isEqualTo(4);
    }

    /**
     * A product's own events and the orders that sell it are two sequences, handled side by side by different
     * segments: the row they share must not depend on which comes first, or a rebuild could end elsewhere.
     */
    @Test
    void a_product_sold_and_revised_ends_the_same_whichever_of_its_two_sequences_is_handled_first() {
        ProductId soldFirst = publishedCharger();
        ProductId revisedFirst = publishedCharger();
        Instant sold = AT.plusSeconds(3600);
        Instant revised = AT.plusSeconds(120);

        catalog.projection.on(order(OrderId.random(), soldFirst, 2), sold);
        catalog.projection.on(new ProductRevised(soldFirst, ExampleProducts.chargerRevised()), 2, revised);
        catalog.projection.on(new ProductRevised(revisedFirst, ExampleProducts.chargerRevised()), 2, revised);
        catalog.projection.on(order(OrderId.random(), revisedFirst, 2), sold);

        assertThat(row(soldFirst)).isEqualTo(row(revisedFirst));
        assertThat(row(soldFirst).get("updated_at")).as("the latest moment of the two").isEqualTo(Timestamp.from(sold));
    }

    private static Map<String, Object> row(ProductId product) {
        return catalog.jdbc.sql("""
                        SELECT definition::text AS definition, published, published_at, units_sold, version, search_revision,
                               in_search, updated_at
                        FROM catalog_product WHERE product_id = :productId""")
                .param("productId", product.value())
                .query().singleRow();
    }

    @Test
    void an_order_counts_towards_popularity_once_however_often_it_is_handled() {
        ProductId product = publishedCharger();
        OrderId order = OrderId.random();

        catalog.projection.on(order(order, product, 2, 1), AT);
        catalog.projection.on(order(order, product, 2, 1), AT);
        catalog.projection.on(order(OrderId.random(), product, 5), AT);

        assertThat(shown(product).unitsSold()).isEqualTo(8);
        assertThat(catalog.indexed(product.value()).source().unitsSold()).isEqualTo(8);
    }

    @Test
    void concurrent_updates_of_one_product_leave_its_newest_state_in_the_index() throws Exception {
        ProductId product = publishedCharger();
        ExecutorService handlers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> handled = new ArrayList<>();
            for (int n = 0; n < 40; n++) {
                handled.add(handlers.submit(() -> catalog.transactions.executeWithoutResult(transaction ->
                        catalog.projection.on(order(OrderId.random(), product, 1), AT))));
            }
            for (Future<?> each : handled) {
                each.get();
            }
        } finally {
            handlers.shutdown();
        }

        assertThat(shown(product).unitsSold()).isEqualTo(40);
        assertThat(catalog.indexed(product.value()).source().unitsSold()).isEqualTo(40);
        assertThat(catalog.indexed(product.value()).version()).isEqualTo(catalog.searchRevision(product.value()));
    }

    @Test
    void a_replay_rebuilds_the_catalogue_and_its_search_into_a_fresh_index_while_searches_read_the_old_one() {
        ProductId product = publishedCharger();
        String before = catalog.behind(ProductSearchIndex.INDEX);
        long revisionBefore = catalog.searchRevision(product.value());

        // as Axon resets the processor: the reset handler runs inside the transaction that resets the tokens
        catalog.transactions.executeWithoutResult(status -> catalog.projection.reset());
        String fresh = catalog.behind("kiosk-products-write");

        assertThat(fresh).isNotEqualTo(before).startsWith("kiosk-products-v" + ProductSearchIndex.MAPPING_VERSION + "-");
        assertThat(catalog.behind(ProductSearchIndex.INDEX)).as("searches still read the old index").isEqualTo(before);
        assertThat(catalog.indexed(product.value()).found()).as("and still find the product there").isTrue();
        assertThat(catalog.projection.answer(new FindProduct(product))).as("the tables start from nothing").isEmpty();

        // the replay handles the product's events again
        catalog.projection.on(new ProductDefined(product, ExampleProducts.charger()), 0, AT);
        catalog.projection.on(new ProductPublished(product), 1, AT);

        assertThat(catalog.indexedIn(fresh, product.value()).found()).isTrue();
        assertThat(catalog.searchRevision(product.value())).as("revisions counted anew").isEqualTo(revisionBefore);
        catalog.searchIndex.caughtUp();

        assertThat(catalog.behind(ProductSearchIndex.INDEX)).isEqualTo(fresh);
        assertThat(catalog.exists(before)).isFalse();
        assertThat(catalog.indexed(product.value()).source().name().en()).isEqualTo("KS Wireless Charger Pro");
    }
}
