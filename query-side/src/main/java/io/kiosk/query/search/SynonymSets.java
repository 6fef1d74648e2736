package io.kiosk.query.search;

import io.kiosk.projections.catalog.ProductSynonyms;
import io.kiosk.projections.catalog.SynonymSet;
import io.kiosk.query.problems.Conflict;
import io.kiosk.query.problems.InvalidField;
import io.kiosk.query.problems.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The synonym sets of product search. PostgreSQL holds them (table {@code search_synonym_set}); each change is
 * pushed to Elasticsearch's synonyms set in the same transaction, which commits only if Elasticsearch took it, and
 * Elasticsearch reloads the product index's search analyzer before it answers: the next search uses the change, and
 * nothing is reindexed. At start the starter sets are copied in once (on a new deployment), and every set is pushed
 * again, so that an Elasticsearch that lost them (or a new cluster) has them.
 */
@Component
class SynonymSets implements ApplicationRunner {

    static final int MOST_TERMS = 20;
    static final int LONGEST_TERM = 40;
    static final String KIOSK = "kiosk";
    private static final Logger log = LoggerFactory.getLogger(SynonymSets.class);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    /** What the rule syntax gives a meaning to (separators, mappings, comments, escapes) or nothing at all. */
    private static final Pattern RULE_SYNTAX = Pattern.compile("[,\\\\#\\r\\n\\t]|=>");
    private static final Pattern HAS_WORD = Pattern.compile(".*[\\p{L}\\p{N}].*");

    private final JdbcClient jdbc;
    private final ProductSynonyms elasticsearch;
    private final Clock clock;

    SynonymSets(JdbcClient jdbc, ProductSynonyms elasticsearch, Clock clock) {
        this.jdbc = jdbc;
        this.elasticsearch = elasticsearch;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        boolean firstStart = jdbc.sql("INSERT INTO search_synonym_seed (seeded_at) VALUES (:at) ON CONFLICT DO NOTHING")
                .param("at", Timestamp.from(clock.instant())).update() == 1;
        if (firstStart) {
            ProductSynonyms.starterSets().forEach(set -> upsert(set, KIOSK));
            log.info("copied the {} starter synonym sets", ProductSynonyms.starterSets().size());
        }
        elasticsearch.replaceAll(list().stream().map(view -> new SynonymSet(view.id(), view.terms())).toList());
    }

    List<SynonymSetView> list() {
        return jdbc.sql("SELECT id, terms, updated_at, updated_by FROM search_synonym_set ORDER BY id")
                .query((row, n) -> new SynonymSetView(row.getString("id"), terms(row.getArray("terms")),
                        row.getTimestamp("updated_at").toInstant(), row.getString("updated_by"))).list();
    }

    Optional<SynonymSetView> find(String id) {
        return list().stream().filter(view -> view.id().equals(id)).findFirst();
    }

    @Transactional
    SynonymSetView add(SynonymSetChange change, String who) {
        String id = change.id() == null ? "set-" + UUID.randomUUID().toString().substring(0, 8) : change.id().strip();
        if (!ID.matcher(id).matches()) {
            throw new InvalidField("id", "'" + id + "' is not an id: 1 to 40 lower-case letters, digits or '-'");
        }
        if (find(id).isPresent()) {
            throw new Conflict("synonym-set-exists", "a synonym set " + id + " exists; change it with PUT");
        }
        return save(new SynonymSet(id, checked(change.terms(), id)), who);
    }

    @Transactional
    SynonymSetView change(String id, SynonymSetChange change, String who) {
        if (find(id).isEmpty()) {
            throw new NotFound("no synonym set " + id);
        }
        return save(new SynonymSet(id, checked(change.terms(), id)), who);
    }

    @Transactional
    void remove(String id) {
        if (jdbc.sql("DELETE FROM search_synonym_set WHERE id = :id").param("id", id).update() == 0) {
            throw new NotFound("no synonym set " + id);
        }
        elasticsearch.remove(id);
    }

    private SynonymSetView save(SynonymSet set, String who) {
        upsert(set, who);
        elasticsearch.put(set);
        return find(set.id()).orElseThrow();
    }

    private void upsert(SynonymSet set, String who) {
        jdbc.sql("""
                INSERT INTO search_synonym_set (id, terms, updated_at, updated_by) VALUES (:id, :terms, :at, :who)
                ON CONFLICT (id) DO UPDATE SET terms = excluded.terms, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by""")
                .param("id", set.id()).param("terms", set.terms().toArray(String[]::new))
                .param("at", Timestamp.from(clock.instant())).param("who", who).update();
    }

    /** The words, stripped, each checked; no word twice, none that another set has. */
    private List<String> checked(List<String> terms, String id) {
        if (terms == null || terms.size() < 2 || terms.size() > MOST_TERMS) {
            throw new InvalidField("terms", "a synonym set has 2 to " + MOST_TERMS + " words");
        }
        List<String> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i) == null ? "" : terms.get(i).strip().replaceAll("\\s+", " ");
            String field = "terms[" + i + "]";
            if (term.isEmpty() || term.length() > LONGEST_TERM) {
                throw new InvalidField(field, "a word is 1 to " + LONGEST_TERM + " characters");
            }
            if (RULE_SYNTAX.matcher(term).find() || !HAS_WORD.matcher(term).matches()) {
                throw new InvalidField(field, "'" + term + "' must have a letter or digit and no comma, '=>', '#' or '\\'");
            }
            if (!seen.add(term.toLowerCase(Locale.ROOT))) {
                throw new InvalidField(field, "'" + term + "' is in the set twice");
            }
            checked.add(term);
        }
        for (SynonymSetView other : list()) {
            if (!other.id().equals(id)) {
                other.terms().stream().filter(term -> seen.contains(term.toLowerCase(Locale.ROOT))).findFirst()
                        .ifPresent(taken -> {
                            throw new Conflict("synonym-term-taken", "'" + taken + "' is in the synonym set " + other.id()
                                    + " already; change that set instead");
                        });
            }
        }
        return checked;
    }

    private static List<String> terms(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
