package io.kiosk.query.problems;

import java.util.List;

/**
 * The read models an answer comes from have not handled the event log as far as the client asked
 * ({@code ?position=}) within the wait allowed: answered 503 with {@code Retry-After}, since the answer
 * will be there shortly and nothing is wrong with the request.
 */
public class ReadModelBehind extends RuntimeException {

    private final long position;
    private final List<String> behind;

    public ReadModelBehind(long position, List<String> behind) {
        super("not yet: " + String.join(", ", behind) + " has not handled the event log up to position " + position
                + " yet; ask again in a moment", null, false, false);
        this.position = position;
        this.behind = List.copyOf(behind);
    }

    public long position() {
        return position;
    }

    public List<String> behind() {
        return behind;
    }
}
