package io.kiosk.command.catalog;

import io.kiosk.api.catalog.ProductId;
import io.kiosk.command.identity.CallerMetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo catalogue loads at start through commands, and loading it again defines nothing twice.
 * Uses the tests' own two-product file ({@code test-catalog/demo-catalogue.json}); the shared test
 * database keeps them from earlier runs, which is just another "loaded before".
 */
@SpringBootTest(properties = "kiosk.catalog.demo-data=true")
@ActiveProfiles("test")
class DemoCatalogueLoaderTest {

    private static final List<String> AGGREGATES = List.of("ks-test-desk-lamp", "ks-test-desk-lamp/colour=white",
            "ks-test-desk-lamp/colour=black", "ks-test-mug", "ks-test-mug/");

    @Autowired
    DemoCatalogueLoader loader;

    @Autowired
    ProductCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    private List<String> storedEvents() {
        return jdbc.queryForList("select aggregate_identifier || ' ' || payload_type from eventstore.domain_event_entry"
                + " where aggregate_identifier in (?, ?, ?, ?, ?) order by global_index", String.class, AGGREGATES.toArray());
    }

    @Test
    void the_demo_products_are_defined_published_and_stocked_once_however_often_it_loads() {
        assertThat(catalog.published(new ProductId("ks-test-desk-lamp"))).isPresent();
        assertThat(catalog.published(new ProductId("ks-test-mug"))).isPresent();
        List<String> loadedAtStart = storedEvents();

        assertThat(loader.load()).isZero();
        assertThat(loader.load()).isZero();

        assertThat(storedEvents()).isEqualTo(loadedAtStart).containsExactlyInAnyOrder(
                "ks-test-desk-lamp io.kiosk.api.catalog.ProductDefined",
                "ks-test-desk-lamp io.kiosk.api.catalog.ProductPublished",
                "ks-test-desk-lamp/colour=white io.kiosk.api.inventory.StockCounted",
                "ks-test-desk-lamp/colour=black io.kiosk.api.inventory.VariantMadeToOrder",
                "ks-test-mug io.kiosk.api.catalog.ProductDefined",
                "ks-test-mug io.kiosk.api.catalog.ProductPublished",
                "ks-test-mug/ io.kiosk.api.inventory.StockCounted");
    }

    @Test
    void the_demo_products_were_defined_by_kiosk_itself() {
        assertThat(jdbc.queryForList("select convert_from(meta_data, 'UTF8') from eventstore.domain_event_entry"
                + " where aggregate_identifier in (?, ?, ?, ?, ?)", String.class, AGGREGATES.toArray()))
                .isNotEmpty()
                .allSatisfy(metaData -> assertThat(metaData)
                        .contains("\"accountId\":\"" + CallerMetaData.SYSTEM_ACCOUNT + "\""));
    }
}
