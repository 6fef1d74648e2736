package io.kiosk.projections.analytics;

import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.catalog.ProductId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code analytics.product_fact}: each product's latest name and category, for order lines placed without a label. */
@Repository
class ProductFacts {

    private final JdbcClient jdbc;

    ProductFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void defined(ProductId product, ProductDefinition definition, long sequence) {
        jdbc.sql("""
                        INSERT INTO analytics.product_fact (product_id, name_zh, name_en, category, version)
                        VALUES (:productId, :nameZh, :nameEn, :category, :version)
                        ON CONFLICT (product_id) DO UPDATE
                        SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en, category = EXCLUDED.category,
                            version = EXCLUDED.version
                        WHERE product_fact.version < EXCLUDED.version""")
                .param("productId", product.value())
                .param("nameZh", definition.name().zh())
                .param("nameEn", definition.name().en())
                .param("category", definition.category())
                .param("version", sequence)
                .update();
    }
}
