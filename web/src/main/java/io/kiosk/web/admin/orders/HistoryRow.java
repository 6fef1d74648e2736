package io.kiosk.web.admin.orders;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One event of an order's history as the console shows it ({@link HistoryRows}).
 *
 * @param sequence  its place in the event log
 * @param at        when it happened
 * @param when      when it happened, written in the page's language and the mall's time
 * @param type      its type, such as {@code OrderShipped}
 * @param what      what happened, in the page's language
 * @param aggregate whose event it is: the order's, a payment's, a refund's, in the page's language
 * @param who       who caused it: the customer, a member of staff, Kiosk itself
 * @param fields    its payload as named facts
 * @param later     whether it happened after the instant the page shows the order at
 */
public record HistoryRow(long sequence, OffsetDateTime at, String when, String type, String what, String aggregate, String who,
                         List<PayloadField> fields, boolean later) {
}
