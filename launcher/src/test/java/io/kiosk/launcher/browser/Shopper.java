package io.kiosk.launcher.browser;

import io.kiosk.client.KioskClients;
import io.kiosk.client.command.api.CartsApi;
import io.kiosk.client.command.api.IdentityApi;
import io.kiosk.client.command.api.PaymentSandboxApi;
import io.kiosk.client.command.api.RefundsApi;
import io.kiosk.client.command.model.CartItemRequest;
import io.kiosk.client.command.model.CheckoutAddress;
import io.kiosk.client.command.model.CheckoutContact;
import io.kiosk.client.command.model.CheckoutRequest;
import io.kiosk.client.command.model.Credentials;
import io.kiosk.client.command.model.PaymentProvider;
import io.kiosk.client.command.model.RefundReason;
import io.kiosk.client.command.model.RefundRequest;
import io.kiosk.client.query.api.OrdersApi;
import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.launcher.KioskSystem;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * A customer who orders through the APIs (the generated clients), so that a console test starts with the orders it
 * works on: a charger to Shanghai, paid on the sandbox's page; a refund asked for. Their contact and recipient name is
 * the name they registered with, in Chinese.
 */
final class Shopper {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    final Customers.Customer customer;
    private final io.kiosk.client.command.ApiClient commands;
    private final io.kiosk.client.query.ApiClient queries;

    private Shopper(Customers.Customer customer, KioskSystem kiosk, String token) {
        this.customer = customer;
        this.commands = KioskClients.commandApi(kiosk.commandApi(), () -> Optional.of(token));
        this.queries = KioskClients.queryApi(kiosk.queryApi(), () -> Optional.of(token));
    }

    /** A new customer called {@code chineseName} (whose e-mail address is made of {@code latinName}), logged in. */
    static Shopper registered(KioskSystem kiosk, String chineseName, String latinName) throws Exception {
        Customers.Customer customer = Customers.registered(kiosk, chineseName, latinName);
        String token = new IdentityApi(KioskClients.commandApi(kiosk.commandApi(), Optional::empty))
                .logIn(new Credentials().email(customer.email()).password(customer.password())).getAccessToken();
        return new Shopper(customer, kiosk, token);
    }

    /**
     * Checks out a charger delivered to region SH at an address in {@code city}, paying by card; the order waits for
     * its money once its payment is asked for (or held for review: an address in another region than the checkout's
     * makes the risk check hold it).
     */
    UUID ordersACharger(String city) throws Exception {
        CartsApi carts = new CartsApi(commands);
        UUID cart = carts.openCart(null).getCartId();
        carts.addCartItem(cart, new CartItemRequest().productId("ks-charger-pro").quantity(1)
                .options(Map.of("colour", "graphite", "size", "S")));
        CheckoutRequest checkout = new CheckoutRequest()
                .address(new CheckoutAddress().recipient(customer.name()).phone("+8613800138000").line1("南京西路 1266 号")
                        .city(city).region(city).postalCode("200040").country("CN"))
                .contact(new CheckoutContact().name(customer.name()).phone("+8613800138000").email(customer.email()))
                .paymentMethod(PaymentProvider.CARD).region("SH");
        UUID order = carts.checkOutCart(cart, checkout, UUID.randomUUID().toString()).getOrderId();
        awaitOrder(order, summary -> summary.getPayment() != null
                && (summary.getPayment().getAction() != null || "HELD_FOR_REVIEW".equals(summary.getPayment().getStatus())));
        return order;
    }

    /** Pays the order's open payment on the sandbox's page, and waits until the order is paid. */
    void pays(UUID order) throws Exception {
        OrderSummary awaiting = awaitOrder(order, summary -> summary.getPayment() != null && summary.getPayment().getAction() != null);
        new PaymentSandboxApi(commands).chooseSandboxPaymentOutcome(awaiting.getPayment().getPaymentId(), "pay", null);
        awaitOrder(order, summary -> "SUCCEEDED".equals(summary.getPayment().getStatus()));
    }

    /** Asks for the whole order's money back without sending anything back (the goods arrived damaged). */
    UUID asksForARefund(UUID order) throws Exception {
        return new RefundsApi(commands).requestRefund(order, new RefundRequest().reason(RefundReason.DAMAGED)
                .note("外壳有裂痕").withReturn(false), UUID.randomUUID().toString()).getRefundId();
    }

    OrderSummary awaitOrder(UUID order, Predicate<OrderSummary> until) {
        OrdersApi orders = new OrdersApi(queries);
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> orders.getOrder(order, null), until::test);
    }
}
