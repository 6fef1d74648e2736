package io.kiosk.command.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.DefineProduct;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.PublishProduct;
import io.kiosk.api.inventory.CountStock;
import io.kiosk.api.inventory.MakeVariantToOrder;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.command.RuleViolation;
import io.kiosk.command.identity.CallerMetaData;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Fills an empty shop with the demo catalogue at start ({@code kiosk.catalog.demo-data}, on unless
 * turned off): every product of the file is defined, published and stocked through the same
 * commands the back office sends, so it lives in the event store like any other product. Each
 * product goes in one transaction, all or nothing; a product already defined is left alone, so
 * starting again (or a second instance starting at the same time) defines nothing twice. The
 * commands name Kiosk itself as their caller. A product the file gets wrong is logged and skipped:
 * a demo convenience never stops the shop from starting.
 */
@Component
@ConditionalOnProperty(name = "kiosk.catalog.demo-data", havingValue = "true")
class DemoCatalogueLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogueLoader.class);

    private final CommandGateway commands;
    private final ProductCatalog catalog;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Resource location;

    DemoCatalogueLoader(CommandGateway commands, ProductCatalog catalog, TransactionTemplate transaction,
                        ObjectMapper json, ResourceLoader resources,
                        @Value("${kiosk.catalog.demo-data-location}") String location) {
        this.commands = commands;
        this.catalog = catalog;
        this.transaction = transaction;
        this.json = json;
        this.location = resources.getResource(location);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        load();
    }

    /** Loads every product of the file that is not defined yet; answers how many it defined. */
    int load() {
        JsonNode entries = entries();
        int defined = 0;
        for (JsonNode entry : entries) {
            String name = entry.path("productId").asText("?");
            try {
                if (offer(json.treeToValue(entry, DemoProduct.class))) {
                    defined++;
                }
            } catch (JsonProcessingException | IllegalArgumentException | RuleViolation wrong) {
                log.error("demo catalogue: product {} skipped: {}", name, wrong.getMessage());
            }
        }
        log.info("demo catalogue {}: {} of {} products defined now, the others were there already or skipped",
                location.getDescription(), defined, entries.size());
        return defined;
    }

    private JsonNode entries() {
        if (!location.exists()) {
            log.warn("demo catalogue {} does not exist; nothing loaded", location.getDescription());
            return json.createArrayNode();
        }
        try (InputStream in = location.getInputStream()) {
            JsonNode entries = json.readTree(in);
            if (entries != null && entries.isArray()) {
                return entries;
            }
            log.error("demo catalogue {} is not a JSON array; nothing loaded", location.getDescription());
        } catch (IOException unreadable) {
            log.error("demo catalogue {} cannot be read; nothing loaded: {}", location.getDescription(),
                    unreadable.getMessage());
        }
        return json.createArrayNode();
    }

    /** Defines, publishes and stocks one product unless it is defined already; true if it defined it. */
    private boolean offer(DemoProduct product) {
        if (catalog.defined(product.productId()).isPresent()) {
            return false;
        }
        List<Object> stock = product.stock().stream()
                .map(entry -> entry.command(product.productId(), product.definition()))
                .toList();
        try {
            transaction.executeWithoutResult(status -> {
                send(new DefineProduct(product.productId(), product.definition()));
                send(new PublishProduct(product.productId()));
                stock.forEach(this::send);
            });
            return true;
        } catch (RuntimeException failed) {
            if (definedMeanwhile(failed, product.productId())) {
                return false;
            }
            throw failed;
        }
    }

    /**
     * Another instance loading at the same moment defined the product first: this one was refused
     * ({@code product-exists}) or lost the race to store the product's first event.
     */
    private boolean definedMeanwhile(RuntimeException failed, ProductId productId) {
        return failed instanceof RuleViolation refused && refused.type().equals("product-exists")
                || catalog.defined(productId).isPresent();
    }

    private void send(Object command) {
        commands.sendAndWait(command, CallerMetaData.bySystem());
    }

    /** One product of the demo file. */
    record DemoProduct(ProductId productId, ProductDefinition definition, List<DemoStock> stock) {

        DemoProduct {
            if (productId == null || definition == null) {
                throw new IllegalArgumentException("each product needs a productId and a definition");
            }
            stock = stock == null ? List.of() : List.copyOf(stock);
        }
    }

    /** The stock of one variant: units on hand, or made to order with a lead time. */
    record DemoStock(ChosenOptions options, Integer onHand, Integer madeToOrderLeadDays) {

        Object command(ProductId product, ProductDefinition definition) {
            if ((onHand == null) == (madeToOrderLeadDays == null)) {
                throw new IllegalArgumentException("a stock entry gives either onHand or madeToOrderLeadDays");
            }
            ChosenOptions variant = StockVariants.require(definition, options == null ? ChosenOptions.none() : options);
            StockItemId stockItem = StockItemId.of(product, variant);
            return onHand != null
                    ? new CountStock(stockItem, product, variant, onHand)
                    : new MakeVariantToOrder(stockItem, product, variant, madeToOrderLeadDays);
        }
    }
}
