package io.kiosk.query.history;

import java.util.List;

/** Every event of an order and of its payments and refunds, in the order the log stored them. */
record OrderHistory(String orderId, List<HistoryEntry> events) {
}
