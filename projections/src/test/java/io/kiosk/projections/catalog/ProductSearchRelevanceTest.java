package io.kiosk.projections.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.catalog.ProductDefined;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductPublished;
import io.kiosk.api.catalog.ProductSearchResult;
import io.kiosk.api.catalog.SearchProducts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How well product search finds what shoppers type: the relevance set ({@code search/relevance-set.tsv}, over 100
 * queries in Chinese, English, pinyin and initials, with typos and synonyms) against the demo catalogue the command
 * side ships, indexed by the catalogue projection with the real mapping, searched with the real query and the
 * starter synonyms. recall@5 is the share of the products each query must find that are among its first five hits,
 * averaged over the queries; MRR the mean of 1 / the rank of the first such product (0 when none is in the first
 * ten). Both are printed per kind of query, and the build fails when either falls below its floor.
 */
class ProductSearchRelevanceTest {

    /** The issue's bar is 0.95; the set reached 1.00 when the floor was set. */
    static final double RECALL_FLOOR = 0.95;
    static final double MRR_FLOOR = 0.90;
    private static final Path DEMO_CATALOGUE = Path.of("..", "command-side", "src", "main", "resources", "catalog",
            "demo-catalogue.json");
    private static final Instant AT = Instant.parse("2026-11-25T02:00:00Z");
    private static CatalogTestBed catalog;

    record Judgement(String kind, String query, List<String> expected) {
    }

    @BeforeAll
    static void theDemoCatalogueWithTheStarterSynonyms() throws IOException {
        catalog = CatalogTestBed.start();
        catalog.synonyms.replaceAll(ProductSynonyms.starterSets());
        ObjectMapper json = new ObjectMapper();
        for (JsonNode entry : json.readTree(DEMO_CATALOGUE.toFile())) {
            ProductId product = new ProductId(entry.path("productId").asText());
            ProductDefinition definition = json.treeToValue(entry.path("definition"), ProductDefinition.class);
            catalog.projection.on(new ProductDefined(product, definition), 0, AT);
            catalog.projection.on(new ProductPublished(product), 1, AT);
        }
        catalog.refreshIndex();
    }

    @AfterAll
    static void stop() throws IOException {
        catalog.close();
    }

    @Test
    void the_relevance_set_finds_what_shoppers_mean_in_the_first_five_hits() throws IOException {
        List<Judgement> judgements = judgements();
        assertThat(judgements).hasSizeGreaterThanOrEqualTo(60);
        Map<String, double[]> byKind = new LinkedHashMap<>();
        double recallSum = 0, reciprocalRankSum = 0;
        List<String> misses = new ArrayList<>();
        for (Judgement judgement : judgements) {
            List<String> ranked = catalog.search.answer(new SearchProducts(judgement.query(), null, null, null, List.of(),
                    null, null, 0, 10)).hits().stream().map(hit -> hit.productId().value()).toList();
            List<String> top5 = ranked.subList(0, Math.min(5, ranked.size()));
            long found = judgement.expected().stream().filter(top5::contains).count();
            double recall = (double) found / judgement.expected().size();
            int firstRank = judgement.expected().stream().mapToInt(ranked::indexOf).filter(i -> i >= 0).min().orElse(-1);
            double reciprocalRank = firstRank < 0 ? 0 : 1.0 / (firstRank + 1);
            recallSum += recall;
            reciprocalRankSum += reciprocalRank;
            double[] sums = byKind.computeIfAbsent(judgement.kind(), kind -> new double[3]);
            sums[0] += recall;
            sums[1] += reciprocalRank;
            sums[2]++;
            if (recall < 1) {
                misses.add(judgement.query() + " → " + top5 + " (wanted " + judgement.expected() + ")");
            }
        }
        double recallAt5 = recallSum / judgements.size();
        double mrr = reciprocalRankSum / judgements.size();
        System.out.printf("Product search relevance: %d queries, recall@5 %.3f, MRR %.3f%n", judgements.size(), recallAt5, mrr);
        byKind.forEach((kind, sums) -> System.out.printf("  %-10s %3d queries, recall@5 %.3f, MRR %.3f%n", kind,
                (int) sums[2], sums[0] / sums[2], sums[1] / sums[2]));
        misses.forEach(miss -> System.out.println("  missed: " + miss));
        assertThat(recallAt5).as("recall@5").isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(mrr).as("MRR").isGreaterThanOrEqualTo(MRR_FLOOR);
    }

    private static List<Judgement> judgements() throws IOException {
        List<Judgement> judgements = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                ProductSearchRelevanceTest.class.getResourceAsStream("/search/relevance-set.tsv")), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] columns = line.split("\t");
                    judgements.add(new Judgement(columns[0], columns[1], Arrays.asList(columns[2].split(","))));
                }
            }
        }
        return judgements;
    }
}
