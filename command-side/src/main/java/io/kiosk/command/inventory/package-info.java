/**
 * Stock: one {@code StockItem} aggregate per stock-keeping variant of a product, which never lets
 * units available go below zero, and the back office's stock API (stocktakes, receipts,
 * made-to-order variants). Reservations come from the order process, not over HTTP.
 */
package io.kiosk.command.inventory;
