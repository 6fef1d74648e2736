package io.kiosk.api.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kiosk.api.inventory.ReservationId;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.inventory.StockReserved;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Catalogue and stock events are stored as JSON forever: they must read back as they were written. */
class CatalogEventJsonTest {

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void a_defined_product_survives_a_round_trip_with_its_rules() throws Exception {
        var event = new ProductDefined(new ProductId("ks-charger-pro"), ChargerPro.definition());

        String written = json.writeValueAsString(event);

        assertThat(written).contains("\"requires\":[\"size=L\"]", "\"priceDelta\":{\"kind\":\"PERCENT\",\"value\":\"10\"}");
        assertThat(json.readValue(written, ProductDefined.class)).isEqualTo(event);
    }

    @Test
    void a_reservation_is_stored_with_its_variant_as_a_readable_id() throws Exception {
        var stockItem = StockItemId.of(new ProductId("ks-charger-pro"), new ChosenOptions(Map.of("size", "L", "colour", "rose")));
        var event = new StockReserved(stockItem, new ProductId("ks-charger-pro"),
                new ReservationId(UUID.fromString("0b0e5c1a-1111-4a4a-8c8c-123456789abc")), 2, 10, 2);

        String written = json.writeValueAsString(event);

        assertThat(written).startsWith("{\"stockItemId\":\"ks-charger-pro/colour=rose;size=L\"");
        assertThat(json.readValue(written, StockReserved.class)).isEqualTo(event);
    }
}
