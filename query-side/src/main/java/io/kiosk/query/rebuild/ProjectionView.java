package io.kiosk.query.rebuild;

/**
 * A projection's processor as the back office sees it: its status, the segments this instance holds of all
 * it has, the position its slowest segment has read up to, the dead letters it holds, and its last replay
 * (absent if it never had one).
 */
record ProjectionView(String name, ProjectionStatus status, Segments segments, Long position, long deadLetters,
                      ReplayProgress replay) {

    record Segments(int claimed, int total) {
    }
}
