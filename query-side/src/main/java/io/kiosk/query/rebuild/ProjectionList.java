package io.kiosk.query.rebuild;

import java.util.List;

/** Every projection's processor, with the head of the event log to compare their positions with. */
record ProjectionList(long head, List<ProjectionView> projections) {
}
