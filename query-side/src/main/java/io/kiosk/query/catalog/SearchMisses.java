package io.kiosk.query.catalog;

import io.kiosk.api.analytics.ReportPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Product searches that found nothing, counted for analysts: what people look for that the shop does not sell, or
 * sells under words search does not know (table {@code search_miss}, one row per text and mall day). Nothing about
 * who searched is kept, and a text that looks like an e-mail address or a phone number (6 digits or more) is not
 * kept at all: people paste such things into search boxes. Counting never fails a search.
 */
@Component
public class SearchMisses {

    static final int LONGEST_KEPT = 100;
    private static final Logger log = LoggerFactory.getLogger(SearchMisses.class);
    private static final Pattern PERSONAL = Pattern.compile(".*(@|\\d[\\d\\s-]{4,}\\d).*");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId mallZone;

    SearchMisses(JdbcClient jdbc, Clock clock, ZoneId mallZone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mallZone = mallZone;
    }

    /** One row of the report: a text, how often it found nothing in the period, and when last. */
    public record SearchMiss(String query, long misses, Instant lastSeen) {
    }

    /** Counts one search of {@code text} that found nothing. */
    void count(String text) {
        String query = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (query.isEmpty() || PERSONAL.matcher(query).matches()) {
            return;
        }
        if (query.length() > LONGEST_KEPT) {
            query = query.substring(0, LONGEST_KEPT);
        }
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                    INSERT INTO search_miss (query, day, misses, last_seen) VALUES (:query, :day, 1, :now)
                    ON CONFLICT (query, day) DO UPDATE SET misses = search_miss.misses + 1,
                        last_seen = greatest(search_miss.last_seen, excluded.last_seen)""")
                    .param("query", query).param("day", LocalDate.ofInstant(now, mallZone))
                    .param("now", Timestamp.from(now)).update();
        } catch (DataAccessException notCounted) {
            log.warn("a search that found nothing was not counted: {}", notCounted.getMessage());
        }
    }

    /** The texts that found nothing in the period, the most frequent first, at most {@code limit}. */
    public List<SearchMiss> report(ReportPeriod period, int limit) {
        return jdbc.sql("""
                SELECT query, sum(misses) AS misses, max(last_seen) AS last_seen FROM search_miss
                WHERE day BETWEEN :from AND :to GROUP BY query ORDER BY misses DESC, query LIMIT :limit""")
                .param("from", period.from()).param("to", period.to()).param("limit", limit)
                .query((row, n) -> new SearchMiss(row.getString("query"), row.getLong("misses"),
                        row.getTimestamp("last_seen").toInstant())).list();
    }
}
