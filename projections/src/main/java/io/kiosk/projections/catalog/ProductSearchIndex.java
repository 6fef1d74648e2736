package io.kiosk.projections.catalog;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.util.ObjectBuilder;
import org.elasticsearch.client.ResponseException;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The Elasticsearch index of published products, written through the official Java API client.
 * Chinese texts are analysed with the built-in {@code cjk} analyzer (overlapping bigrams, so "充电器"
 * finds "无线充电器" without a dictionary plugin), English texts with {@code english} (stemming:
 * "chargers" finds "charger"). Each write carries the product's search revision as an external
 * version, so a writer that read an older state can never replace what a newer one wrote.
 */
@Component
public class ProductSearchIndex implements InitializingBean {

    public static final String INDEX = "kiosk-products";

    private static final int CONFLICT = 409;
    private static final int NOT_FOUND = 404;

    private final ElasticsearchClient client;

    ProductSearchIndex(ElasticsearchClient client) {
        this.client = client;
    }

    /** Creates the index with its mapping unless it exists. */
    @Override
    public void afterPropertiesSet() {
        try {
            if (client.indices().exists(e -> e.index(INDEX)).value()) {
                return;
            }
            client.indices().create(c -> c.index(INDEX)
                    .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                    .mappings(m -> m.dynamic(DynamicMapping.Strict)
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
                            .properties("publishedAt", p -> p.date(d -> d))));
        } catch (ElasticsearchException alreadyCreated) {
            if (!"resource_already_exists_exception".equals(alreadyCreated.error().type())) {
                throw alreadyCreated;
            }
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; cannot prepare index " + INDEX, unreachable);
        }
    }

    private static ObjectBuilder<Property> inBothLanguages(Property.Builder property) {
        return property.object(o -> o
                .properties("zh", p -> p.text(t -> t.analyzer("cjk")))
                .properties("en", p -> p.text(t -> t.analyzer("english"))));
    }

    /** Writes the document at {@code revision} unless the index already holds that revision or a newer one. */
    void write(ProductDocument document, long revision) {
        try {
            client.index(i -> i.index(INDEX)
                    .id(document.productId())
                    .versionType(VersionType.External)
                    .version(revision)
                    .document(document));
        } catch (ElasticsearchException refused) {
            if (refused.status() != CONFLICT) {
                throw refused;
            }
            // the index already holds this revision or a newer one
        } catch (ResponseException refused) {
            // the same refusal, as the low-level client reports it for external versions
            if (status(refused) != CONFLICT) {
                throw new UncheckedIOException("Elasticsearch refused product " + document.productId(), refused);
            }
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; product " + document.productId() + " not indexed", unreachable);
        }
    }

    /** Removes the product's document at {@code revision}, unless a newer revision is there. */
    void remove(String productId, long revision) {
        try {
            client.delete(d -> d.index(INDEX).id(productId).versionType(VersionType.External).version(revision));
        } catch (ElasticsearchException refused) {
            if (refused.status() != CONFLICT && refused.status() != NOT_FOUND) {
                throw refused;
            }
        } catch (ResponseException refused) {
            if (status(refused) != CONFLICT && status(refused) != NOT_FOUND) {
                throw new UncheckedIOException("Elasticsearch refused to remove product " + productId, refused);
            }
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Elasticsearch is unreachable; product " + productId + " not removed", unreachable);
        }
    }

    private static int status(ResponseException refused) {
        return refused.getResponse().getStatusLine().getStatusCode();
    }
}
