package io.kiosk.query.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Map;

/**
 * The body of "quote this configuration": {@code {"productId": "ks-charger-pro", "options":
 * {"colour": "graphite", "size": "L"}, "quantity": 2, "region": "SH"}}. Checked field by field
 * by the controller, so that each fault names its field.
 */
record QuoteRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ks-charger-pro") String productId,
                    @Schema(description = "option group id to choice id (several choices of a multi group comma-separated; "
                            + "the text of a text group)", example = "{\"colour\": \"graphite\", \"size\": \"L\"}")
                    Map<String, String> options,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", example = "2") Integer quantity,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "a delivery region code",
                            example = "SH") String region) {
}
