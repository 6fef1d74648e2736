package io.kiosk.command.catalog;

import io.kiosk.api.catalog.DefineProduct;
import io.kiosk.api.catalog.ProductDefined;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductPublished;
import io.kiosk.api.catalog.ProductRevised;
import io.kiosk.api.catalog.ProductWithdrawn;
import io.kiosk.api.catalog.PublishProduct;
import io.kiosk.api.catalog.ReviseProduct;
import io.kiosk.api.catalog.WithdrawProduct;
import io.kiosk.command.RuleViolation;
import io.kiosk.command.identity.CallerMetaData;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Currency;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A product of the catalogue. Lifecycle: defined once (unpublished, invisible to customers) →
 * published (orderable) ⇄ withdrawn; its definition can be revised at any time, but stays in the
 * currency it was defined in. Publishing a published product or withdrawing an unpublished one
 * changes nothing, so staff (and the demo loader) may repeat them safely.
 *
 * <p>A revision changes prices from that moment on only: a cart line, and the order line it
 * becomes, carry the unit price computed when the line was added, so placed orders never change.
 * Every change names the account that made it (metadata {@value CallerMetaData#ACCOUNT_ID}).
 */
@Aggregate
public class Product {

    @AggregateIdentifier
    private ProductId productId;
    private ProductDefinition definition;
    private boolean published;

    protected Product() {
        // for Axon: rebuilt from events, or created empty for DefineProduct
    }

    /** The catalogue's history says who changed it, so a change without a caller is refused. */
    @CommandHandlerInterceptor
    Object byAKnownCaller(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (!command.getMetaData().containsKey(CallerMetaData.ACCOUNT_ID)) {
            throw RuleViolation.forbidden("caller-unknown", "a change of the catalogue must name who makes it");
        }
        return chain.proceed();
    }

    /**
     * Created if missing rather than by a constructor, so that defining an existing product is a
     * refusal this aggregate states itself ({@code product-exists}) instead of a storage clash.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    ProductUpdate handle(DefineProduct command) {
        if (productId != null) {
            throw RuleViolation.conflict("product-exists", "a product " + productId + " is defined already; revise it instead");
        }
        apply(new ProductDefined(command.productId(), command.definition()));
        return updated();
    }

    @CommandHandler
    ProductUpdate handle(ReviseProduct command) {
        Currency currency = definition.basePrice().currency();
        Currency revised = command.definition().basePrice().currency();
        if (!currency.equals(revised)) {
            throw RuleViolation.unprocessable("currency-change", "definition.basePrice.currency",
                    "product " + productId + " is priced in " + currency + "; a revision cannot change it to " + revised);
        }
        if (!definition.equals(command.definition())) {
            apply(new ProductRevised(productId, command.definition()));
        }
        return updated();
    }

    @CommandHandler
    ProductUpdate handle(PublishProduct command) {
        if (!published) {
            apply(new ProductPublished(productId));
        }
        return updated();
    }

    @CommandHandler
    ProductUpdate handle(WithdrawProduct command) {
        if (published) {
            apply(new ProductWithdrawn(productId));
        }
        return updated();
    }

    @EventSourcingHandler
    void on(ProductDefined event) {
        productId = event.productId();
        definition = event.definition();
    }

    @EventSourcingHandler
    void on(ProductRevised event) {
        definition = event.definition();
    }

    @EventSourcingHandler
    void on(ProductPublished event) {
        published = true;
    }

    @EventSourcingHandler
    void on(ProductWithdrawn event) {
        published = false;
    }

    private ProductUpdate updated() {
        return new ProductUpdate(productId, published, AggregateLifecycle.getVersion());
    }
}
