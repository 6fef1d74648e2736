package io.kiosk.projections.catalog;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.IndexSettingsAnalysis;
import co.elastic.clients.util.ObjectBuilder;
import io.kiosk.projections.elasticsearch.AliasedSearchIndex;
import io.kiosk.projections.elasticsearch.IndexDefinition;
import io.kiosk.projections.elasticsearch.VersionedIndex;
import org.springframework.stereotype.Component;

/**
 * The Elasticsearch index of published products, written through the official Java API client.
 * Chinese texts are analysed with the built-in {@code cjk} analyzer (overlapping bigrams, so "充电器"
 * finds "无线充电器" without a dictionary plugin), English texts with {@code english} (stemming:
 * "chargers" finds "charger"). Both names are also copied into {@code nameText} (the {@code standard}
 * analyzer: each Chinese character and each English word a token, so that "智能锁" finds "智能门锁", and a
 * misspelt word can be forgiven) and {@code nameWords} (Chinese words as {@code smartcn} segments them;
 * searched with the staff's synonyms, {@link ProductSynonyms}, which change without a reindex). The
 * Chinese name's pinyin is in {@code namePinyin}, and {@code suggest} completes what the search box holds.
 * Each write carries the product's search revision as an external
 * version, so a writer that read an older state can never replace what a newer one wrote.
 *
 * <p>Searches read the alias {@value #INDEX}, writes go through {@code kiosk-products-write}
 * ({@link VersionedIndex}). A rebuild empties the catalogue tables and writes every document anew into a
 * fresh index as the replay handles the events ({@link ProductSearchFeed#rebuild()}).
 */
@Component
public class ProductSearchIndex extends AliasedSearchIndex {

    public static final String INDEX = "kiosk-products";
    /**
     * 2: the same documents as the concrete index before (1), now behind aliases; 3: name words (smartcn) with
     * search-time synonyms, name characters, pinyin and completion.
     */
    static final int MAPPING_VERSION = 3;
    static final String WORDS = "kiosk_words";
    static final String WORDS_WITH_SYNONYMS = "kiosk_words_synonyms";
    private static final String SYNONYMS = "kiosk_product_synonyms";

    ProductSearchIndex(ElasticsearchClient client, ProductSynonyms synonyms) {
        super(client, new IndexDefinition(INDEX, MAPPING_VERSION, mapping(), analysis()), CatalogProjection.PROCESSING_GROUP);
        // an index naming a synonyms set that does not exist cannot be opened
        synonyms.ensureExists();
    }

    /**
     * Chinese words as the official analysis-smartcn plugin segments them (the compose stack's Elasticsearch has it;
     * the embedded node provides the same), the synonyms applied at search time only, from the synonyms set staff
     * edit: an update reloads the search analyzer, the indexed words stay as they are.
     */
    private static IndexSettingsAnalysis analysis() {
        return IndexSettingsAnalysis.of(a -> a
                .filter(SYNONYMS, f -> f.definition(d -> d.synonymGraph(g -> g.synonymsSet(ProductSynonyms.SET)
                        .updateable(true))))
                .analyzer(WORDS, an -> an.custom(c -> c.tokenizer("smartcn_tokenizer").filter("smartcn_stop")))
                .analyzer(WORDS_WITH_SYNONYMS, an -> an.custom(c -> c.tokenizer("smartcn_tokenizer")
                        .filter("smartcn_stop", SYNONYMS))));
    }

    /** Writes go to a fresh index from now on (see {@link VersionedIndex#startRebuild()}). */
    void startRebuild() {
        index().startRebuild();
    }

    private static TypeMapping mapping() {
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .properties("productId", p -> p.keyword(k -> k))
                .properties("name", p -> p.object(o -> o
                        .properties("zh", zh -> zh.text(t -> t.analyzer("cjk").copyTo("nameText", "nameWords")))
                        .properties("en", en -> en.text(t -> t.analyzer("english").copyTo("nameText", "nameWords")))))
                .properties("nameText", p -> p.text(t -> t.analyzer("standard")))
                .properties("nameWords", p -> p.text(t -> t.analyzer(WORDS).searchAnalyzer(WORDS_WITH_SYNONYMS)))
                .properties("namePinyin", p -> p.object(o -> o
                        .properties("full", full -> full.text(t -> t.analyzer("standard")))
                        .properties("initials", initials -> initials.text(t -> t.analyzer("standard")))))
                .properties("suggest", p -> p.completion(c -> c.analyzer("standard")))
                .properties("description", ProductSearchIndex::inBothLanguages)
                .properties("category", p -> p.keyword(k -> k))
                .properties("fromPrice", p -> p.double_(d -> d))
                .properties("currency", p -> p.keyword(k -> k))
                .properties("options", p -> p.keyword(k -> k))
                .properties("optionFacets", p -> p.keyword(k -> k.index(false)))
                .properties("optionNames", ProductSearchIndex::inBothLanguages)
                .properties("inStock", p -> p.boolean_(b -> b))
                .properties("unitsSold", p -> p.long_(l -> l))
                .properties("images", p -> p.keyword(k -> k.index(false).docValues(false)))
                .properties("publishedAt", p -> p.date(d -> d)));
    }

    private static ObjectBuilder<Property> inBothLanguages(Property.Builder property) {
        return property.object(o -> o
                .properties("zh", p -> p.text(t -> t.analyzer("cjk")))
                .properties("en", p -> p.text(t -> t.analyzer("english"))));
    }

    /** Writes the document at {@code revision} unless the index already holds that revision or a newer one. */
    void write(ProductDocument document, long revision) {
        index().write(document.productId(), document, revision);
    }

    /** Removes the product's document at {@code revision}, unless a newer revision is there. */
    void remove(String productId, long revision) {
        index().remove(productId, revision);
    }
}
