package io.kiosk.query.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.query.HttpClientForTests.Answer;
import io.kiosk.query.QuerySideHttpTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The regions Kiosk delivers to, as a client offers them for a quote or a checkout: the configured table, in its order. */
class DeliveryRegionsHttpTest extends QuerySideHttpTest {

    @Test
    void anyone_reads_the_delivery_regions_with_their_names_and_transit_days_in_the_configured_order() {
        Answer regions = http.get("/api/delivery-regions", null);

        assertThat(regions.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        regions.body().forEach(region -> codes.add(region.path("code").asText()));
        assertThat(codes).containsExactly("SH", "JZ", "BJ", "GD", "SC", "HK", "XJ", "XZ");
        JsonNode shanghai = regions.body().get(0);
        assertThat(shanghai.path("name").path("zh").asText()).isEqualTo("上海");
        assertThat(shanghai.path("name").path("en").asText()).isEqualTo("Shanghai");
        assertThat(shanghai.path("minTransitDays").asInt()).isEqualTo(1);
        assertThat(regions.body().get(7).path("maxTransitDays").asInt()).isEqualTo(10);
    }

    @Test
    void every_region_listed_is_one_a_quote_accepts() {
        Answer unknown = http.post("/api/quotes", null, """
                {"productId":"ks-no-such-product","options":{},"quantity":1,"region":"MARS"}""");

        assertThat(unknown.status()).isEqualTo(400);
        List<String> allowed = new ArrayList<>();
        unknown.body().path("allowed").forEach(code -> allowed.add(code.asText()));
        List<String> listed = new ArrayList<>();
        http.get("/api/delivery-regions", null).body().forEach(region -> listed.add(region.path("code").asText()));
        assertThat(listed).containsExactlyElementsOf(allowed);
    }
}
