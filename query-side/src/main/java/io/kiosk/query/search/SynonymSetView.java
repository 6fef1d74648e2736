package io.kiosk.query.search;

import java.time.Instant;
import java.util.List;

/** A synonym set as staff see it: its id, its words, and who changed it last, when ({@code kiosk}: shipped so). */
public record SynonymSetView(String id, List<String> terms, Instant updatedAt, String updatedBy) {

    public SynonymSetView {
        terms = List.copyOf(terms);
    }
}
