package io.kiosk.command.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.catalog.ProductDefined;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductPublished;
import io.kiosk.api.catalog.ProductRevised;
import io.kiosk.api.catalog.ProductWithdrawn;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The command side's own catalogue: each product's current definition and whether it is published,
 * in table {@code product_catalog}, so that a cart can price its lines and stock can be checked
 * against the product's variants without loading the product's events. It is written by a
 * subscribing processor inside the product command's own transaction (see
 * {@code ProductCatalogConfiguration}): the table never lags behind, nor runs ahead of, the events.
 */
@Component
@ProcessingGroup(ProductCatalog.PROCESSING_GROUP)
public class ProductCatalog {

    static final String PROCESSING_GROUP = "product-catalog";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ProductCatalog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The current definition of a product customers may order; empty when unknown or not published. */
    public Optional<ProductDefinition> published(ProductId productId) {
        return jdbc.sql("SELECT definition::text FROM product_catalog WHERE product_id = :id AND published")
                .param("id", productId.value())
                .query(String.class).optional()
                .map(this::definition);
    }

    /** The current definition of a product, published or not; empty when it was never defined. */
    public Optional<ProductDefinition> defined(ProductId productId) {
        return jdbc.sql("SELECT definition::text FROM product_catalog WHERE product_id = :id")
                .param("id", productId.value())
                .query(String.class).optional()
                .map(this::definition);
    }

    @EventHandler
    void on(ProductDefined event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO product_catalog (product_id, definition, published, version)
                        VALUES (:id, CAST(:definition AS jsonb), FALSE, :version)""")
                .param("id", event.productId().value())
                .param("definition", json(event.definition()))
                .param("version", version)
                .update();
    }

    @EventHandler
    void on(ProductRevised event, @SequenceNumber long version) {
        jdbc.sql("""
                        UPDATE product_catalog SET definition = CAST(:definition AS jsonb), version = :version
                        WHERE product_id = :id""")
                .param("id", event.productId().value())
                .param("definition", json(event.definition()))
                .param("version", version)
                .update();
    }

    @EventHandler
    void on(ProductPublished event, @SequenceNumber long version) {
        published(event.productId(), true, version);
    }

    @EventHandler
    void on(ProductWithdrawn event, @SequenceNumber long version) {
        published(event.productId(), false, version);
    }

    private void published(ProductId productId, boolean published, long version) {
        jdbc.sql("UPDATE product_catalog SET published = :published, version = :version WHERE product_id = :id")
                .param("id", productId.value())
                .param("published", published)
                .param("version", version)
                .update();
    }

    private String json(ProductDefinition definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a product definition could not be written as JSON", impossible);
        }
    }

    private ProductDefinition definition(String stored) {
        try {
            return json.readValue(stored, ProductDefinition.class);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("product_catalog holds a definition that no longer reads", corrupt);
        }
    }
}
