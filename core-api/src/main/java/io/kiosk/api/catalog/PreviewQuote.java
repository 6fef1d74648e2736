package io.kiosk.api.catalog;

/**
 * What would this configuration cost, whether or not the product is on sale? The back office's preview of a draft
 * (or a withdrawn product) with the same pricing, stock and delivery rules a customer's {@link QuoteConfiguration}
 * gets.
 */
public record PreviewQuote(QuoteConfiguration quote) {
}
