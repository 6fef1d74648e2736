package io.kiosk.query.catalog;

import java.util.Map;

/**
 * The body of "quote this configuration": {@code {"productId": "ks-charger-pro", "options":
 * {"colour": "graphite", "size": "L"}, "quantity": 2, "region": "SH"}}. Checked field by field
 * by the controller, so that each fault names its field.
 */
record QuoteRequest(String productId, Map<String, String> options, Integer quantity, String region) {
}
