package io.kiosk.projections.catalog;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.synonyms.SynonymRule;
import io.kiosk.projections.elasticsearch.SearchFailures;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The synonyms product search applies at search time, as a set of Elasticsearch's synonyms API ({@value #SET}) that
 * the product index's search analyzer reads. Every change through the API reloads that analyzer on every node
 * before it answers, so the next search uses it, and nothing is reindexed: the index holds the words as written,
 * the synonyms widen the query. The set is a copy: the query side keeps the sets staff edit and pushes them here.
 * A change Elasticsearch does not take fails as searches do ({@link SearchFailures}: 503 while it is away).
 */
@Component
public class ProductSynonyms {

    public static final String SET = "kiosk-product-synonyms";
    private static final String STARTER = "/kiosk/search/starter-synonyms.txt";
    private static final int NOT_FOUND = 404;

    private final ElasticsearchClient client;

    ProductSynonyms(ElasticsearchClient client) {
        this.client = client;
    }

    /** Creates the set, empty, unless the server has it. */
    void ensureExists() {
        try {
            client.synonyms().getSynonym(g -> g.id(SET).size(1));
        } catch (ElasticsearchException missing) {
            if (missing.status() != NOT_FOUND) {
                throw missing;
            }
            replaceAll(List.of());
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; cannot read the synonyms set " + SET, unreachable);
        }
    }

    /** The set holds exactly these from now on. */
    public void replaceAll(Collection<SynonymSet> sets) {
        List<SynonymRule> rules = sets.stream().map(set -> SynonymRule.of(r -> r.id(set.id()).synonyms(set.rule()))).toList();
        SearchFailures.answer("synonyms update", () -> client.synonyms().putSynonym(p -> p.id(SET).synonymsSet(rules)));
    }

    /** Adds the set, or changes it if one of that id is there. */
    public void put(SynonymSet set) {
        SearchFailures.answer("synonyms update", () -> client.synonyms()
                .putSynonymRule(r -> r.setId(SET).ruleId(set.id()).synonyms(set.rule())));
    }

    /** Removes the set of that id, if there is one. */
    public void remove(String id) {
        SearchFailures.answer("synonyms update", () -> {
            try {
                return client.synonyms().deleteSynonymRule(r -> r.setId(SET).ruleId(id));
            } catch (ElasticsearchException missing) {
                if (missing.status() != NOT_FOUND) {
                    throw missing;
                }
                return null;
            }
        });
    }

    /** The synonyms Kiosk ships for the demo catalogue's categories (a resource of this module). */
    public static List<SynonymSet> starterSets() {
        List<SynonymSet> sets = new ArrayList<>();
        try (InputStream in = ProductSynonyms.class.getResourceAsStream(STARTER)) {
            if (in == null) {
                throw new IllegalStateException(STARTER + " is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int colon = line.indexOf(':');
                if (!line.isBlank() && !line.startsWith("#") && colon > 0) {
                    sets.add(new SynonymSet(line.substring(0, colon).strip(),
                            Arrays.stream(line.substring(colon + 1).split(",")).map(String::strip).toList()));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return List.copyOf(sets);
    }
}
