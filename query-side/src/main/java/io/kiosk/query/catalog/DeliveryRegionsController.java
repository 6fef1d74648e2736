package io.kiosk.query.catalog;

import io.kiosk.api.delivery.DeliveryRegions;
import io.kiosk.api.delivery.Region;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Where Kiosk delivers ({@code kiosk.delivery.regions}): the codes a quote and a checkout take as {@code region}, with
 * their names in Chinese and English and the carriers' transit days, so that a client can offer the choice instead of
 * guessing codes. Anyone may ask; no login is needed.
 */
@RestController
@Tag(name = "Catalogue")
class DeliveryRegionsController {

    private final DeliveryRegions regions;

    DeliveryRegionsController(DeliveryRegions regions) {
        this.regions = regions;
    }

    @GetMapping("/api/delivery-regions")
    @Operation(operationId = "listDeliveryRegions", summary = "The regions Kiosk delivers to, in the configured order: the code a "
            + "quote or a checkout takes as region, its name, and the carriers' transit days once goods leave the warehouse",
            responses = @ApiResponse(responseCode = "200", description = "The regions", content = @Content(
                    mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = Region.class)),
                    examples = @ExampleObject(value = """
                            [{"code": "SH", "name": {"zh": "上海", "en": "Shanghai"}, "minTransitDays": 1, "maxTransitDays": 1},
                             {"code": "BJ", "name": {"zh": "北京", "en": "Beijing"}, "minTransitDays": 2, "maxTransitDays": 3}]"""))))
    List<Region> deliveryRegions() {
        return regions.regions();
    }
}
