package io.kiosk.projections.catalog;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.util.ObjectBuilder;
import io.kiosk.projections.elasticsearch.AliasedSearchIndex;
import io.kiosk.projections.elasticsearch.IndexDefinition;
import io.kiosk.projections.elasticsearch.VersionedIndex;
import org.springframework.stereotype.Component;

/**
 * The Elasticsearch index of published products, written through the official Java API client.
 * Chinese texts are analysed with the built-in {@code cjk} analyzer (overlapping bigrams, so "充电器"
 * finds "无线充电器" without a dictionary plugin), English texts with {@code english} (stemming:
 * "chargers" finds "charger"). Each write carries the product's search revision as an external
 * version, so a writer that read an older state can never replace what a newer one wrote.
 *
 * <p>Searches read the alias {@value #INDEX}, writes go through {@code kiosk-products-write}
 * ({@link VersionedIndex}). A rebuild empties the catalogue tables and writes every document anew into a
 * fresh index as the replay handles the events ({@link ProductSearchFeed#rebuild()}).
 */
@Component
public class ProductSearchIndex extends AliasedSearchIndex {

    public static final String INDEX = "kiosk-products";
    /** 2: the same documents as the concrete index before (1), now behind aliases. */
    static final int MAPPING_VERSION = 2;

    ProductSearchIndex(ElasticsearchClient client) {
        super(client, new IndexDefinition(INDEX, MAPPING_VERSION, mapping()), CatalogProjection.PROCESSING_GROUP);
    }

    /** Writes go to a fresh index from now on (see {@link VersionedIndex#startRebuild()}). */
    void startRebuild() {
        index().startRebuild();
    }

    private static TypeMapping mapping() {
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .properties("productId", p -> p.keyword(k -> k))
                .properties("name", ProductSearchIndex::inBothLanguages)
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
