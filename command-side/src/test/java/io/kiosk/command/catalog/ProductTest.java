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
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.RuleViolation;
import io.kiosk.command.identity.CallerMetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.kiosk.command.Refusals.refusal;

class ProductTest {

    private static final ProductId CHARGER = new ProductId("ks-charger-pro");
    private static final ProductDefinition DEFINITION = TestProducts.charger();
    private static final ProductDefinition CHEAPER = TestProducts.charger(Money.of("179.00", "CNY"));
    private static final Map<String, ?> BY_STAFF = Map.of(CallerMetaData.ACCOUNT_ID, CustomerId.random().toString());

    private FixtureConfiguration<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
    }

    @Test
    void a_product_is_defined_unpublished() {
        fixture.givenNoPriorActivity()
                .when(new DefineProduct(CHARGER, DEFINITION), BY_STAFF)
                .expectEvents(new ProductDefined(CHARGER, DEFINITION))
                .expectResultMessagePayload(new ProductUpdate(CHARGER, false, 0));
    }

    @Test
    void a_product_is_defined_only_once() {
        fixture.given(new ProductDefined(CHARGER, DEFINITION))
                .when(new DefineProduct(CHARGER, CHEAPER), BY_STAFF)
                .expectException(RuleViolation.class)
                .expectExceptionMessage("a product ks-charger-pro is defined already; revise it instead")
                .expectNoEvents();
    }

    @Test
    void defining_an_existing_product_is_a_conflict_named_product_exists() {
        fixture.given(new ProductDefined(CHARGER, DEFINITION), new ProductPublished(CHARGER))
                .when(new DefineProduct(CHARGER, DEFINITION), BY_STAFF)
                .expectException(refusal(RuleViolation.Kind.CONFLICT, "product-exists"))
                .expectNoEvents();
    }

    @Test
    void a_product_is_revised_with_a_new_definition() {
        fixture.given(new ProductDefined(CHARGER, DEFINITION))
                .when(new ReviseProduct(CHARGER, CHEAPER), BY_STAFF)
                .expectEvents(new ProductRevised(CHARGER, CHEAPER))
                .expectResultMessagePayload(new ProductUpdate(CHARGER, false, 1));
    }

    @Test
    void a_product_can_be_revised_while_published_and_after_it_was_withdrawn() {
        fixture.given(new ProductDefined(CHARGER, DEFINITION), new ProductPublished(CHARGER))
                .when(new ReviseProduct(CHARGER, CHEAPER), BY_STAFF)
                .expectEvents(new ProductRevised(CHARGER, CHEAPER));
        fixture.given(new ProductDefined(CHARGER, DEFINITION), new ProductPublished(CHARGER), new ProductWithdrawn(CHARGER))
                .when(new ReviseProduct(CHARGER, CHEAPER), BY_STAFF)
                .expectEvents(new ProductRevised(CHARGER, CHEAPER));
    }

    @Test
    void revising_to_the_definition_it_has_changes_nothing() {
        fixture.given(new ProductDefined(CHARGER, DEFINITION), new ProductRevised(CHARGER, CHEAPER))
                .when(new ReviseProduct(CHARGER, TestProducts.charger(Money.of("179.00", "CNY"))), BY_STAFF)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_revision_keeps_the_currency_the_product_is_priced_in() {
        fixture.given(new ProductDefined(CHARGER, DEFINITION))
                .when(new ReviseProduct(CHARGER, TestProducts.charger(Money.of("29.00", "USD"))), BY_STAFF)
                .expectException(refusal(RuleViolation.Kind.UNPROCESSABLE, "currency-change"))
                .expectExceptionMessage("product ks-charger-pro is priced in CNY; a revision cannot change it to USD")
                .expectNoEvents();
    }

    @Test
    void a_defined_product_is_published() {
        fixture.given(new ProductDefined(CHARGER, DEFINITION))
                .when(new PublishProduct(CHARGER), BY_STAFF)
                .expectEvents(new ProductPublished(CHARGER))
                .expectResultMessagePayload(new ProductUpdate(CHARGER, true, 1));
    }

    @Test
    void publishing_a_published_product_changes_nothing() {
        fixture.given(new ProductDefined(CHARGER, DEFINITION), new ProductPublished(CHARGER))
                .when(new PublishProduct(CHARGER), BY_STAFF)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new ProductUpdate(CHARGER, true, 1));
    }

    @Test
    void a_published_product_is_withdrawn() {
        fixture.given(new ProductDefined(CHARGER, DEFINITION), new ProductPublished(CHARGER))
                .when(new WithdrawProduct(CHARGER), BY_STAFF)
                .expectEvents(new ProductWithdrawn(CHARGER))
                .expectResultMessagePayload(new ProductUpdate(CHARGER, false, 2));
    }

    @Test
    void withdrawing_an_unpublished_product_changes_nothing() {
        fixture.given(new ProductDefined(CHARGER, DEFINITION))
                .when(new WithdrawProduct(CHARGER), BY_STAFF)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(new ProductDefined(CHARGER, DEFINITION), new ProductPublished(CHARGER), new ProductWithdrawn(CHARGER))
                .when(new WithdrawProduct(CHARGER), BY_STAFF)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_withdrawn_product_can_be_published_again() {
        fixture.given(new ProductDefined(CHARGER, DEFINITION), new ProductPublished(CHARGER), new ProductWithdrawn(CHARGER))
                .when(new PublishProduct(CHARGER), BY_STAFF)
                .expectEvents(new ProductPublished(CHARGER));
    }

    @Test
    void a_product_that_was_never_defined_cannot_be_revised_published_or_withdrawn() {
        for (Object command : new Object[] {new ReviseProduct(CHARGER, DEFINITION), new PublishProduct(CHARGER),
                new WithdrawProduct(CHARGER)}) {
            fixture.givenNoPriorActivity()
                    .when(command, BY_STAFF)
                    .expectException(AggregateNotFoundException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void a_change_of_the_catalogue_without_a_caller_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new DefineProduct(CHARGER, DEFINITION))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("a change of the catalogue must name who makes it")
                .expectNoEvents();
        fixture.given(new ProductDefined(CHARGER, DEFINITION))
                .when(new PublishProduct(CHARGER))
                .expectException(refusal(RuleViolation.Kind.FORBIDDEN, "caller-unknown"))
                .expectNoEvents();
    }
}
