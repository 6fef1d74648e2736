package io.kiosk.api.catalog;

/** What does this published product look like now: its definition, how each variant stands in stock, how popular it is? */
public record FindProduct(ProductId productId) {
}
