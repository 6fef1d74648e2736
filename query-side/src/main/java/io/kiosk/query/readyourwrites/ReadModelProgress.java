package io.kiosk.query.readyourwrites;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * How far a read model's processor has handled the event log. A processor splits the log into segments and
 * every segment moves along the whole log (handling its share of the events, passing over the rest), so a
 * read model has handled position P when every segment has: its token is at P or beyond and P is not one of
 * the gaps it still waits for.
 *
 * <p>Segments this instance processes are judged by the processor's own status, which Axon moves on after a
 * batch's transaction committed (and at once for passed-over events). Segments another instance holds are
 * judged by their token as stored, which that instance writes with each batch it handles.
 */
@Component
class ReadModelProgress {

    private static final long SEGMENTS_FRESH_FOR_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final TokenSchema tokens;
    private final Serializer serializer;
    private final Map<String, KnownSegments> segments = new ConcurrentHashMap<>();

    ReadModelProgress(EventProcessingConfiguration processing, JdbcClient jdbc, TokenSchema tokens,
                      @Qualifier("serializer") Serializer serializer) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.serializer = serializer;
    }

    /** Whether {@code processingGroup}'s read model has handled the log up to and including {@code position}. */
    boolean hasHandled(String processingGroup, long position) {
        StreamingEventProcessor processor = processing.eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + processingGroup));
        Map<Integer, EventTrackerStatus> here = processor.processingStatus();
        int[] segments = segments(processingGroup);
        if (segments.length == 0) {
            return false; // the processor has not started yet
        }
        for (int segment : segments) {
            EventTrackerStatus status = here.get(segment);
            TrackingToken token = status != null && !status.isErrorState() ? status.getTrackingToken()
                    : storedToken(processingGroup, segment);
            if (!covers(token, position)) {
                return false;
            }
        }
        return true;
    }

    static boolean covers(TrackingToken token, long position) {
        if (token == null) {
            return false;
        }
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return current.position().orElse(-1) >= position;
    }

    /** The processor's segments, as its tokens in the store say; they change only when segments are split or merged. */
    private int[] segments(String processingGroup) {
        KnownSegments known = segments.get(processingGroup);
        long now = System.nanoTime();
        if (known == null || now - known.readAt() > SEGMENTS_FRESH_FOR_NANOS) {
            int[] ids = jdbc.sql("SELECT " + tokens.segmentColumn() + " FROM " + tokens.tokenTable()
                            + " WHERE " + tokens.processorNameColumn() + " = :name ORDER BY 1")
                    .param("name", processingGroup)
                    .query(Integer.class).list().stream().mapToInt(Integer::intValue).toArray();
            known = new KnownSegments(ids, now);
            segments.put(processingGroup, known);
        }
        return known.ids();
    }

    /** The token of a segment that another instance processes (or none here does right now), as stored. */
    private TrackingToken storedToken(String processingGroup, int segment) {
        return jdbc.sql("SELECT " + tokens.tokenColumn() + " AS token, " + tokens.tokenTypeColumn() + " AS token_type FROM "
                        + tokens.tokenTable() + " WHERE " + tokens.processorNameColumn() + " = :name AND "
                        + tokens.segmentColumn() + " = :segment")
                .param("name", processingGroup)
                .param("segment", segment)
                .query((row, n) -> token(row.getBytes("token"), row.getString("token_type")))
                .optional().orElse(null);
    }

    private TrackingToken token(byte[] data, String type) {
        return data == null ? null : serializer.deserialize(new SimpleSerializedObject<>(data, byte[].class, type, null));
    }

    private record KnownSegments(int[] ids, long readAt) {
    }
}
