package io.kiosk.launcher;

import io.kiosk.client.KioskClients;
import io.kiosk.client.command.api.CartsApi;
import io.kiosk.client.command.api.IdentityApi;
import io.kiosk.client.command.api.PaymentSandboxApi;
import io.kiosk.client.command.model.CartItemRequest;
import io.kiosk.client.command.model.CartUpdate;
import io.kiosk.client.command.model.CheckYourMail;
import io.kiosk.client.command.model.CheckoutAddress;
import io.kiosk.client.command.model.CheckoutConfirmation;
import io.kiosk.client.command.model.CheckoutContact;
import io.kiosk.client.command.model.CheckoutRequest;
import io.kiosk.client.command.model.Credentials;
import io.kiosk.client.command.model.PaymentProvider;
import io.kiosk.client.command.model.PriceRequest;
import io.kiosk.client.command.model.RegistrationRequest;
import io.kiosk.client.command.model.VerificationRequest;
import io.kiosk.client.query.api.CatalogueApi;
import io.kiosk.client.query.api.OrdersApi;
import io.kiosk.client.query.model.CartStatus;
import io.kiosk.client.query.model.CartSummary;
import io.kiosk.client.query.model.Money;
import io.kiosk.client.query.model.OrderStatus;
import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.client.query.model.ProductSearchResult;
import io.kiosk.client.query.model.ProductSearchResultHit;
import io.kiosk.client.query.model.Quote;
import io.kiosk.client.query.model.QuoteRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * The journey of docs/api.md ("Try it with curl") as a client team writes it: only the Java clients generated from the committed OpenAPI
 * descriptions ({@code api-client}) speak to the running system, so prices, search hits and problem details are
 * all read through generated types. Register, confirm the mailed code, log in, find the charger, quote it (a
 * configuration the rules forbid is a 422 problem naming the conflicting choices), fill a cart (a mistake is a 400
 * problem naming the field), check out with an {@code Idempotency-Key} (a retry gets the same order), pay on the
 * sandbox's page, and see the order paid.
 */
@ExtendWith(KioskExtension.class)
class GeneratedClientJourneyTest {

    private static final Pattern MAILED_CODE = Pattern.compile("\\n {4}(\\S+)\\n");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KioskSystem kiosk;
    private final AtomicReference<String> accessToken = new AtomicReference<>();
    private final io.kiosk.client.command.ApiClient commands;
    private final io.kiosk.client.query.ApiClient queries;

    GeneratedClientJourneyTest(KioskSystem kiosk) {
        this.kiosk = kiosk;
        this.commands = KioskClients.commandApi(kiosk.commandApi(), () -> Optional.ofNullable(accessToken.get()));
        this.queries = KioskClients.queryApi(kiosk.queryApi(), () -> Optional.ofNullable(accessToken.get()));
    }

    @Test
    void a_client_team_runs_the_whole_journey_through_the_generated_clients_only() throws Exception {
        IdentityApi identity = new IdentityApi(commands);
        String email = "mia." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var registered = identity.registerCustomerWithHttpInfo(new RegistrationRequest().email(email).name("Mia Chen")
                .phone("+8613800138000").password("a long secret phrase").language(RegistrationRequest.LanguageEnum.EN));
        assertThat(registered.getStatusCode()).isEqualTo(202);
        assertThat(registered.getData()).extracting(CheckYourMail::getMessage).asString().contains("mail");

        String mail = kiosk.mailbox().await(email, "confirm your e-mail", PATIENCE)
                .orElseThrow(() -> new AssertionError("no verification mail for " + email)).body();
        Matcher code = MAILED_CODE.matcher(mail);
        assertThat(code.find()).as("a code in: " + mail).isTrue();
        assertThat(identity.verifyEmailWithHttpInfo(new VerificationRequest().token(code.group(1))).getStatusCode()).isEqualTo(204);
        accessToken.set(identity.logIn(new Credentials().email(email).password("a long secret phrase")).getAccessToken());

        CatalogueApi catalogue = new CatalogueApi(queries);
        ProductSearchResult found = await().atMost(PATIENCE).until(
                () -> catalogue.searchProducts("充电器", null, null, null, null, null, null, null, null, null),
                result -> result.getHits().stream().anyMatch(hit -> hit.getProductId().equals("ks-charger-pro")));
        ProductSearchResultHit charger = found.getHits().stream().filter(hit -> hit.getProductId().equals("ks-charger-pro"))
                .findFirst().orElseThrow();
        assertThat(charger.getName().getEn()).isEqualTo("KS Charger Pro");
        assertThat(charger.getFromPrice().getAmount()).isEqualTo("199.00");
        assertThat(charger.getFromPrice().getCurrency()).isEqualTo("CNY");

        var forbidden = catchThrowableOfType(io.kiosk.client.query.ApiException.class, () -> catalogue.quoteConfiguration(
                new QuoteRequest().productId("ks-charger-pro").quantity(1).region("SH")
                        .options(Map.of("colour", "graphite", "size", "S", "functions", "wireless")), null));
        assertThat(forbidden.getCode()).isEqualTo(422);
        var conflict = KioskClients.problem(forbidden).orElseThrow();
        assertThat(conflict.getType()).isEqualTo("/problems/invalid-configuration");
        assertThat(conflict.getField()).isEqualTo("options.size");
        assertThat(conflict.getConflicting()).contains("functions=wireless");

        Map<String, String> options = Map.of("colour", "graphite", "size", "L", "functions", "wireless");
        Quote quote = catalogue.quoteConfiguration(new QuoteRequest().productId("ks-charger-pro").quantity(1).region("SH")
                .options(options), null);
        Money unitPrice = quote.getPrice().getUnitPrice();
        assertThat(unitPrice.getAmount()).isEqualTo("267.90");

        CartsApi carts = new CartsApi(commands);
        var opened = carts.openCartWithHttpInfo(null);
        assertThat(opened.getStatusCode()).isEqualTo(201);
        assertThat(opened.getHeaders().get("location")).singleElement().asString().endsWith("/api/carts/" + opened.getData().getCartId());
        UUID cart = opened.getData().getCartId();

        var mistake = catchThrowableOfType(io.kiosk.client.command.ApiException.class, () -> carts.addCartItem(cart,
                new CartItemRequest().productId("ks-charger-pro").quantity(-1).options(options)));
        assertThat(mistake.getCode()).isEqualTo(400);
        var invalid = KioskClients.problem(mistake).orElseThrow();
        assertThat(invalid.getType()).isEqualTo("/problems/invalid-request");
        assertThat(invalid.getField()).isEqualTo("quantity");
        assertThat(invalid.getErrors()).anySatisfy(error -> assertThat(error.getField()).isEqualTo("quantity"));

        var added = carts.addCartItemWithHttpInfo(cart, new CartItemRequest().productId("ks-charger-pro").quantity(1)
                .options(options).unitPrice(new PriceRequest().amount(unitPrice.getAmount()).currency(unitPrice.getCurrency())));
        assertThat(added.getStatusCode()).isEqualTo(201);
        CartUpdate line = added.getData();
        assertThat(line.getItemId()).isNotNull();

        // the cart reads back on the query side, at once with the position the change answered
        long position = Long.parseLong(added.getHeaders().get("kiosk-position").get(0));
        CartSummary filled = new io.kiosk.client.query.api.CartsApi(queries).getCart(cart, position);
        assertThat(filled.getStatus()).isEqualTo(CartStatus.OPEN);
        assertThat(filled.getLines()).singleElement().satisfies(each -> {
            assertThat(each.getItemId()).isEqualTo(line.getItemId());
            assertThat(each.getLabel().getName().getZh()).isEqualTo("KS 无线充电器 Pro");
            assertThat(each.getLineTotal().getAmount()).isEqualTo("267.90");
        });
        assertThat(filled.getTotal().getAmount()).isEqualTo("267.90");

        CheckoutRequest checkout = new CheckoutRequest()
                .address(new CheckoutAddress().recipient("Mia Chen").phone("+8613800138000").line1("88 Century Avenue")
                        .city("Shanghai").region("Shanghai").postalCode("200120").country("CN"))
                .contact(new CheckoutContact().name("Mia Chen").phone("+8613800138000").email(email))
                .paymentMethod(PaymentProvider.ALIPAY).region("SH");
        String key = UUID.randomUUID().toString();
        var placed = carts.checkOutCartWithHttpInfo(cart, checkout, key);
        assertThat(placed.getStatusCode()).isEqualTo(201);
        CheckoutConfirmation confirmation = placed.getData();
        assertThat(confirmation.getTotal().getAmount()).isEqualTo("267.90");
        var retried = carts.checkOutCartWithHttpInfo(cart, checkout, key);
        assertThat(retried.getData().getOrderId()).as("a retry places no second order").isEqualTo(confirmation.getOrderId());
        assertThat(retried.getHeaders().get("idempotency-replayed")).containsExactly("true");

        OrdersApi orders = new OrdersApi(queries);
        UUID order = confirmation.getOrderId();
        OrderSummary awaiting = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> orders.getOrder(order, null), summary -> summary.getPayment() != null
                        && summary.getPayment().getAction() != null);
        assertThat(awaiting.getStatus()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(URI.create(awaiting.getPayment().getAction().getValue()).getPath())
                .isEqualTo("/sandbox/pay/" + awaiting.getPayment().getPaymentId());

        File page = new PaymentSandboxApi(commands).chooseSandboxPaymentOutcome(awaiting.getPayment().getPaymentId(), "pay", null);
        assertThat(Files.readString(page.toPath())).contains("<h1>Paid</h1>");

        OrderSummary paid = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> orders.getOrder(order, null), summary -> summary.getStatus() == OrderStatus.PAID);
        assertThat(paid.getPayment().getStatus()).isEqualTo("SUCCEEDED");
        assertThat(paid.getTotal().getAmount()).isEqualTo("267.90");
        assertThat(paid.getLines()).singleElement().satisfies(each -> assertThat(each.getUnitPrice().getAmount()).isEqualTo("267.90"));
    }
}
