package io.kiosk.command.inventory;

import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.inventory.ReservationId;
import io.kiosk.api.inventory.ReserveStock;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.command.CommandSideHttpTest;
import io.kiosk.command.HttpClientForTests;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.catalog.BackOfficeClient;
import io.kiosk.command.catalog.TestProducts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/** Stock administration over HTTP, against the real event store; the options must name a stock variant. */
class StockHttpTest extends CommandSideHttpTest {

    private static final String GRAPHITE_L = "{\"colour\":\"graphite\",\"size\":\"L\"}";

    private HttpClientForTests http;
    private String charger;

    @BeforeEach
    void setUp() {
        BackOfficeClient backOffice = newBackOffice();
        http = backOffice.http();
        charger = TestProducts.uniqueId("ks-charger-pro");
        assertThat(backOffice.define(charger, TestProducts.charger()).status()).isEqualTo(201);
    }

    private Answer setStock(String options, String level) {
        return http.send(PUT, "/api/products/" + charger + "/stock", "{\"options\":" + options + "," + level + "}");
    }

    private Answer receive(String options, int quantity) {
        return http.send(POST, "/api/products/" + charger + "/stock/receipts",
                "{\"options\":" + options + ",\"quantity\":" + quantity + "}");
    }

    @Test
    void the_back_office_counts_and_receives_the_stock_of_a_variant() {
        Answer counted = setStock(GRAPHITE_L, "\"onHand\":40");
        assertThat(counted.status()).isEqualTo(200);
        assertThat(counted.text("stockItemId")).isEqualTo(charger + "/colour=graphite;size=L");
        assertThat(counted.body().path("available").asInt()).isEqualTo(40);

        Answer received = receive("{\"size\":\"L\",\"colour\":\"graphite\"}", 20);
        assertThat(received.status()).isEqualTo(200);
        assertThat(received.body().path("onHand").asInt()).isEqualTo(60);
        assertThat(received.body().path("version").asLong()).isEqualTo(1);

        assertThat(jdbc.queryForList("select convert_from(meta_data, 'UTF8') from eventstore.domain_event_entry"
                + " where aggregate_identifier = ?", String.class, charger + "/colour=graphite;size=L"))
                .as("stock changed by hand names who changed it")
                .allSatisfy(metaData -> assertThat(metaData).contains("\"accountId\""));
    }

    @Test
    void a_variant_is_made_to_order_and_then_takes_no_receipts() {
        Answer madeToOrder = setStock("{\"colour\":\"rose\",\"size\":\"XL\"}", "\"madeToOrder\":{\"leadDays\":10}");
        assertThat(madeToOrder.status()).isEqualTo(200);
        assertThat(madeToOrder.body().path("leadDays").asInt()).isEqualTo(10);
        assertThat(madeToOrder.body().has("available")).isFalse();

        assertProblem(receive("{\"colour\":\"rose\",\"size\":\"XL\"}", 5), 409, "variant-made-to-order", null);
    }

    @Test
    void the_options_must_name_exactly_one_stock_variant_of_the_product() {
        assertProblem(setStock("{\"colour\":\"graphite\"}", "\"onHand\":1"), 422, "invalid-variant", "options.size");
        assertProblem(setStock("{\"colour\":\"teal\",\"size\":\"L\"}", "\"onHand\":1"), 422, "invalid-variant", "options.colour");
        assertProblem(setStock("{\"colour\":\"graphite\",\"size\":\"L\",\"service\":\"care\"}", "\"onHand\":1"),
                422, "invalid-variant", "options.service");
        assertProblem(receive("{\"colour\":\"graphite\",\"size\":\"L\",\"gift-wrap\":\"yes\"}", 1),
                422, "invalid-variant", "options.gift-wrap");
        assertProblem(receive("{}", 1), 422, "invalid-variant", "options.colour");
    }

    @Test
    void stock_is_kept_only_for_defined_products() {
        charger = TestProducts.uniqueId("ks-never-defined");
        assertProblem(setStock(GRAPHITE_L, "\"onHand\":1"), 404, "product-not-found", "productId");
    }

    @Test
    void a_stock_level_is_either_counted_or_made_to_order() {
        assertProblem(setStock(GRAPHITE_L, "\"onHand\":1,\"madeToOrder\":{\"leadDays\":3}"), 400, "invalid-request", "onHand");
        assertProblem(http.send(PUT, "/api/products/" + charger + "/stock", "{\"options\":" + GRAPHITE_L + "}"),
                400, "invalid-request", "onHand");
        assertProblem(setStock(GRAPHITE_L, "\"onHand\":-1"), 400, "invalid-request", "onHand");
        assertProblem(setStock(GRAPHITE_L, "\"madeToOrder\":{}"), 400, "invalid-request", "madeToOrder.leadDays");
        assertProblem(receive(GRAPHITE_L, 0), 400, "invalid-request", "quantity");
    }

    @Test
    void a_stocktake_cannot_count_fewer_units_than_orders_hold() {
        setStock(GRAPHITE_L, "\"onHand\":10");
        StockItemId stockItem = StockItemId.of(new ProductId(charger),
                new ChosenOptions(Map.of("colour", "graphite", "size", "L")));
        commands.sendAndWait(new ReserveStock(stockItem, ReservationId.random(), new Quantity(4)));

        assertProblem(setStock(GRAPHITE_L, "\"onHand\":3"), 409, "count-below-reserved", null);
        Answer recounted = setStock(GRAPHITE_L, "\"onHand\":4");
        assertThat(recounted.status()).isEqualTo(200);
        assertThat(recounted.body().path("available").asInt()).isZero();
    }
}
