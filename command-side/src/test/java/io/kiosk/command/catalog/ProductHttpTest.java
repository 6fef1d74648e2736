package io.kiosk.command.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.CommandSideHttpTest;
import io.kiosk.command.HttpClientForTests.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/** The back office's catalogue API over HTTP, against the real event store and catalogue table. */
class ProductHttpTest extends CommandSideHttpTest {

    @Autowired
    ProductCatalog catalog;

    private BackOfficeClient backOffice;
    private String charger;

    @BeforeEach
    void setUp() {
        backOffice = newBackOffice();
        charger = TestProducts.uniqueId("ks-charger-pro");
    }

    private ObjectNode chargerWith(String path, String value) throws Exception {
        ObjectNode body = backOffice.newProduct(charger, TestProducts.charger());
        ObjectNode parent = (ObjectNode) body.at(path.substring(0, path.lastIndexOf('/')));
        parent.set(path.substring(path.lastIndexOf('/') + 1), json.readTree(value));
        return body;
    }

    @Test
    void the_back_office_defines_revises_publishes_and_withdraws_a_product() {
        Answer defined = backOffice.define(charger, TestProducts.charger());
        assertThat(defined.status()).isEqualTo(201);
        assertThat(defined.headers()).containsEntry("location", "/api/products/" + charger);
        assertThat(defined.text("productId")).isEqualTo(charger);
        assertThat(defined.body().path("published").asBoolean()).isFalse();
        assertThat(catalog.defined(new ProductId(charger))).contains(TestProducts.charger());
        assertThat(catalog.published(new ProductId(charger))).isEmpty();

        Answer revised = backOffice.revise(charger, TestProducts.charger(Money.of("179.00", "CNY")));
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.body().path("version").asLong()).isEqualTo(1);

        Answer published = backOffice.publish(charger);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.body().path("published").asBoolean()).isTrue();
        assertThat(catalog.published(new ProductId(charger))).contains(TestProducts.charger(Money.of("179.00", "CNY")));
        assertThat(backOffice.publish(charger).body().path("version").asLong()).isEqualTo(2);

        Answer withdrawn = backOffice.withdraw(charger);
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.body().path("published").asBoolean()).isFalse();
        assertThat(catalog.published(new ProductId(charger))).isEmpty();
        assertThat(jdbc.queryForList("select payload_type from eventstore.domain_event_entry"
                + " where aggregate_identifier = ? order by sequence_number", String.class, charger))
                .containsExactly("io.kiosk.api.catalog.ProductDefined", "io.kiosk.api.catalog.ProductRevised",
                        "io.kiosk.api.catalog.ProductPublished", "io.kiosk.api.catalog.ProductWithdrawn");
    }

    @Test
    void a_product_is_defined_only_once() {
        assertThat(backOffice.define(charger, TestProducts.charger()).status()).isEqualTo(201);
        assertProblem(backOffice.define(charger, TestProducts.lock()), 409, "product-exists", null);
        assertThat(catalog.defined(new ProductId(charger))).contains(TestProducts.charger());
    }

    @Test
    void a_revision_cannot_change_the_currency() {
        backOffice.offer(charger, TestProducts.charger());
        assertProblem(backOffice.revise(charger, TestProducts.charger(Money.of("29.00", "USD"))),
                422, "currency-change", "definition.basePrice.currency");
    }

    @Test
    void a_product_that_was_never_defined_is_not_found() {
        assertProblem(backOffice.revise(charger, TestProducts.charger()), 404, "not-found", null);
        assertProblem(backOffice.publish(charger), 404, "not-found", null);
        assertProblem(backOffice.withdraw(charger), 404, "not-found", null);
    }

    @Test
    void a_definition_the_catalogue_refuses_is_a_bad_request_naming_the_nested_field() throws Exception {
        Answer answer = backOffice.http().send(POST, "/api/products", chargerWith(
                "/definition/optionGroups/1/choices/0/priceDelta", "{\"kind\":\"PERCENT\",\"value\":\"5000\"}").toString());
        assertProblem(answer, 400, "invalid-request", "definition.optionGroups[1].choices[0].priceDelta");
        assertThat(answer.body().path("errors").get(0).path("message").asText())
                .isEqualTo("a percentage price delta must lie between -100 and 1000");

        assertProblem(backOffice.http().send(POST, "/api/products",
                        chargerWith("/definition/optionGroups/0/choices/1/id", "\"rose gold!\"").toString()),
                400, "invalid-request", "definition.optionGroups[0].choices[1]");
        assertProblem(backOffice.http().send(POST, "/api/products",
                        chargerWith("/definition/optionGroups/0/kind", "\"SOME\"").toString()),
                400, "invalid-request", "definition.optionGroups[0].kind");
        assertProblem(backOffice.http().send(POST, "/api/products",
                        chargerWith("/definition/optionGroups/0/colourCode", "\"#333\"").toString()),
                400, "invalid-request", "definition.optionGroups[0].colourCode");
        assertProblem(backOffice.http().send(POST, "/api/products",
                        chargerWith("/definition/category", "\"Chargers & Power\"").toString()),
                400, "invalid-request", "definition");
    }

    @Test
    void a_missing_part_of_a_definition_is_named() throws Exception {
        ObjectNode nameless = backOffice.newProduct(charger, TestProducts.charger());
        ((ObjectNode) nameless.get("definition")).remove("name");
        Answer answer = backOffice.http().send(POST, "/api/products", nameless.toString());
        assertProblem(answer, 400, "invalid-request", "definition");
        assertThat(answer.body().path("errors").get(0).path("message").asText()).isEqualTo("name is required");

        Answer empty = backOffice.http().send(POST, "/api/products", "{}");
        assertProblem(empty, 400, "invalid-request", "definition");
        assertThat(empty.body().path("errors").findValuesAsText("field")).containsExactly("definition", "productId");
    }

    @Test
    void a_malformed_product_id_is_refused_naming_it() {
        assertProblem(backOffice.define("not a product id", TestProducts.charger()), 400, "invalid-request", "productId");
        assertProblem(backOffice.http().send(PUT, "/api/products/-not-an-id",
                "{\"definition\":" + json.valueToTree(TestProducts.charger()) + "}"), 400, "invalid-request", "productId");
    }
}
