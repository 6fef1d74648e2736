package io.kiosk.command.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kiosk.api.catalog.OptionChoice;
import io.kiosk.api.inventory.CountStock;
import io.kiosk.api.inventory.MakeVariantToOrder;
import io.kiosk.command.catalog.DemoCatalogueLoader.DemoProduct;
import io.kiosk.command.inventory.StockItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo catalogues read as the loader reads them: every definition valid, every stock entry a
 * stock variant of its product with either units on hand or a lead time (within the stock rules),
 * no product and no variant listed twice.
 */
class DemoCatalogueTest {

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @ParameterizedTest
    @ValueSource(strings = {"/catalog/demo-catalogue.json", "/test-catalog/demo-catalogue.json"})
    void every_product_of_a_demo_catalogue_is_valid_and_stocked_by_variant(String location) throws Exception {
        JsonNode entries;
        try (InputStream in = getClass().getResourceAsStream(location)) {
            assertThat(in).as(location).isNotNull();
            entries = json.readTree(in);
        }
        Set<String> productIds = new HashSet<>();
        List<Object> stockCommands = new ArrayList<>();
        for (JsonNode entry : entries) {
            DemoProduct product = json.treeToValue(entry, DemoProduct.class);
            assertThat(productIds.add(product.productId().value())).as("listed once: " + product.productId()).isTrue();
            product.stock().forEach(stock -> stockCommands.add(stock.command(product.productId(), product.definition())));
        }
        assertThat(productIds).isNotEmpty();
        assertThat(stockCommands).doesNotHaveDuplicates().allSatisfy(command -> {
            if (command instanceof CountStock count) {
                assertThat(count.onHand()).as(count.stockItemId().value()).isBetween(0, StockItem.MAX_ON_HAND);
            } else if (command instanceof MakeVariantToOrder toOrder) {
                assertThat(toOrder.leadDays()).as(toOrder.stockItemId().value()).isBetween(0, OptionChoice.MAX_LEAD_DAYS);
            }
        });
    }
}
