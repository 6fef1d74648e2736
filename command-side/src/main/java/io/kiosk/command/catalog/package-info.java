/**
 * The catalogue: the {@code Product} aggregate (defined, revised, published, withdrawn), the
 * command side's own catalogue table kept in step with it ({@code ProductCatalog}, from which carts
 * price their lines), which choices name a stock variant ({@code StockVariants}), the back office's
 * product API and the demo catalogue loaded at start.
 */
package io.kiosk.command.catalog;
