package io.kiosk.query.rebuild;

import jakarta.annotation.Nullable;
/**
 * A projection's processor as the back office sees it: its status, the segments this instance holds of all
 * it has, the position its slowest segment has read up to, the dead letters it holds, and its last replay
 * (absent if it never had one).
 */
record ProjectionView(String name, ProjectionStatus status, Segments segments, @Nullable Long position, long deadLetters,
                      @Nullable ReplayProgress replay) {

    record Segments(int claimed, int total) {
    }
}
