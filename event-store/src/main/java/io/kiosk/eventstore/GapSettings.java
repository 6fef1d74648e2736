package io.kiosk.eventstore;

import java.time.Duration;

/**
 * Why the event store's gap settings are safe: no tracking processor, of either application, can skip an event
 * whose transaction commits late.
 *
 * <p>A position of the log ({@code global_index}) is taken when an event row is inserted, which Axon does as the
 * unit of work that applied the event prepares to commit; the row becomes visible when that transaction commits. A
 * processor that reads a later position first keeps the earlier one as a gap in its token and reads it once it is
 * filled. It gives a gap up in two ways only: it reads an event whose own timestamp (the moment it was applied) is
 * older than {@code gapTimeout}, and then forgets every gap below it; or its token holds more than
 * {@code gapCleaningThreshold} gaps, and it drops those followed by an event older than {@code gapTimeout}. Either
 * way a gap is given up only once an event applied more than {@code gapTimeout} ago has been read.
 *
 * <p>So the settings hold if every transaction that inserts events commits within {@code gapTimeout} of when its
 * events were applied. Nothing Kiosk's command side does inside a transaction waits for the world outside any more:
 * providers are called by the payment's adapter outside any database transaction, mails by processors of their own,
 * and a transaction gets its connection only when its first statement runs. What remains is database work, a few
 * milliseconds to a few seconds under load; and to make the bound hard rather than hoped for, {@link StaleEventGuard}
 * (registered by the command side, the one application that appends events) refuses to store an event older than
 * {@code commitDeadline} (30 s), which rolls its unit of work back. After the
 * guard only the insert, the token and saga updates and the commit remain, well within a second. With
 * {@code gapTimeout} at least twice the deadline (2 minutes by default), every event is committed or rolled back long
 * before any processor could give its position up. The cleaning threshold only decides how many gaps are checked at
 * once; gaps are left by transactions that rolled back after their insert (a concurrent change of the same aggregate),
 * which are rare, so 250 keeps tokens small without cleaning often.
 */
final class GapSettings {

    private GapSettings() {
    }

    static void check(Duration commitDeadline, Duration gapTimeout, int gapCleaningThreshold) {
        if (commitDeadline == null || commitDeadline.isNegative() || commitDeadline.isZero()) {
            throw new IllegalStateException("kiosk.event-store.commit-deadline must be positive");
        }
        if (gapTimeout == null || gapTimeout.compareTo(commitDeadline.multipliedBy(2)) < 0
                || gapTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalStateException("kiosk.event-store.gap-timeout (" + gapTimeout + ") must be at least twice the"
                    + " commit deadline (" + commitDeadline + "): a gap must never be given up while its transaction may still commit");
        }
        if (gapCleaningThreshold < 1) {
            throw new IllegalStateException("kiosk.event-store.gap-cleaning-threshold must be at least 1");
        }
    }
}
