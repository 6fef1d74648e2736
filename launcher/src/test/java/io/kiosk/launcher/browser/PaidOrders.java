package io.kiosk.launcher.browser;

import io.kiosk.client.KioskClients;
import io.kiosk.client.command.api.CartsApi;
import io.kiosk.client.command.api.IdentityApi;
import io.kiosk.client.command.api.PaymentSandboxApi;
import io.kiosk.client.command.model.CartItemRequest;
import io.kiosk.client.command.model.CheckoutAddress;
import io.kiosk.client.command.model.CheckoutContact;
import io.kiosk.client.command.model.CheckoutRequest;
import io.kiosk.client.command.model.Credentials;
import io.kiosk.client.command.model.PaymentProvider;
import io.kiosk.client.command.model.PriceRequest;
import io.kiosk.client.query.api.OrdersApi;
import io.kiosk.client.query.model.OrderStatus;
import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.launcher.KioskSystem;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * A sale made as a customer makes it, through the APIs: a new customer orders the large graphite charger with wireless
 * charging (¥267.90) for Shanghai, checks out with Alipay and pays on the sandbox's page; answers the paid order.
 */
final class PaidOrders {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private PaidOrders() {
    }

    static OrderSummary chargerSold(KioskSystem kiosk, String name) throws Exception {
        Customers.Customer customer = Customers.registered(kiosk, name);
        String token = new IdentityApi(KioskClients.commandApi(kiosk.commandApi(), Optional::empty))
                .logIn(new Credentials().email(customer.email()).password(customer.password())).getAccessToken();
        var commands = KioskClients.commandApi(kiosk.commandApi(), () -> Optional.of(token));
        CartsApi carts = new CartsApi(commands);
        UUID cart = carts.openCart(null).getCartId();
        carts.addCartItem(cart, new CartItemRequest().productId("ks-charger-pro").quantity(1)
                .options(Map.of("colour", "graphite", "size", "L", "functions", "wireless"))
                .unitPrice(new PriceRequest().amount(new java.math.BigDecimal("267.90")).currency("CNY")));
        UUID order = carts.checkOutCart(cart, new CheckoutRequest()
                .address(new CheckoutAddress().recipient(name).phone("+8613800138000").line1("88 Century Avenue")
                        .city("Shanghai").region("Shanghai").postalCode("200120").country("CN"))
                .contact(new CheckoutContact().name(name).phone("+8613800138000").email(customer.email()))
                .paymentMethod(PaymentProvider.ALIPAY).region("SH"), UUID.randomUUID().toString()).getOrderId();
        OrdersApi orders = new OrdersApi(KioskClients.queryApi(kiosk.queryApi(), () -> Optional.of(token)));
        OrderSummary awaiting = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> orders.getOrder(order, null), summary -> summary.getPayment() != null && summary.getPayment().getAction() != null);
        new PaymentSandboxApi(commands).chooseSandboxPaymentOutcome(awaiting.getPayment().getPaymentId(), "pay", null);
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> orders.getOrder(order, null), summary -> summary.getStatus() == OrderStatus.PAID);
    }
}
