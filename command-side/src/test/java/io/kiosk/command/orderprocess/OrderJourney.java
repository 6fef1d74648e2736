package io.kiosk.command.orderprocess;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.api.order.OrderAwaitingPayment;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.HttpClientForTests;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.TestCheckout;
import io.kiosk.command.TestTokens;
import io.kiosk.command.catalog.BackOfficeClient;
import io.kiosk.command.catalog.TestProducts;
import io.kiosk.command.payment.PaymentEvents;
import io.kiosk.command.payment.ProviderCallbacks;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * The stage of an order's journey over HTTP: the back office has offered a charger and stocked five
 * graphite L ones, a customer (with an account whose address is verified, where the order's mails go) checks two of them out, and pays (or not) on the payment sandbox's page
 * as a customer would, the page sending the method's real signed notification back to Kiosk. What
 * happened is read from the event store, where the order process and the payment leave it.
 */
public final class OrderJourney {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** Joins db-scheduler's tasks ({@code t}) to the process of the order given as the parameter: the saga's id is in the task's data. */
    private static final String DEADLINES_OF_THE_ORDER = "command.association_value_entry a"
            + " where a.association_key = 'orderId' and a.association_value = ?"
            + " and position(convert_to(a.saga_id, 'UTF8') in t.task_data) > 0";
    /** The same, of the payment deadline alone (not the deadline of a held payment's stock). */
    private static final String PAYMENT_DEADLINES_OF_THE_ORDER = named(OrderProcess.PAYMENT_DEADLINE);

    /** The order's deadlines of this name: the name is in the task's data too. */
    private static String named(String deadline) {
        return DEADLINES_OF_THE_ORDER + " and position(convert_to('" + deadline + "', 'UTF8') in t.task_data) > 0";
    }

    public final HttpClientForTests customer;
    /** Who the customer is. */
    public final CustomerId customerId = CustomerId.random();
    /** The verified address of the customer's account, where the order's mails go. */
    public final String email;
    public final HttpClientForTests backOffice;
    public final String stockItem;
    private final String charger;
    private final JwtEncoder encoder;
    private final JdbcTemplate jdbc;
    private final EventStore store;
    private final PaymentEvents payments;
    private final ProviderCallbacks browser;
    private final String base;

    public OrderJourney(int port, JwtEncoder encoder, ObjectMapper json, JdbcTemplate jdbc, EventStore store) {
        this(port, encoder, json, jdbc, store, Money.of("199.00", "CNY"));
    }

    /** The same stage with chargers at another base price (a graphite L costs the base price). */
    public OrderJourney(int port, JwtEncoder encoder, ObjectMapper json, JdbcTemplate jdbc, EventStore store, Money chargerPrice) {
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.store = store;
        this.payments = new PaymentEvents(store);
        this.browser = new ProviderCallbacks(port);
        this.base = "http://localhost:" + port;
        email = "journey." + customerId.toString().substring(0, 8) + "@example.com";
        // a customer of long standing: the risk check's new-account rule is for the journeys that say so
        jdbc.update("insert into command.account (account_id, email, password_hash, roles, email_verified, created_at)"
                + " values (?, ?, 'no login here: the journey has its token', 'CUSTOMER', true, now() - interval '1 year')",
                customerId.value(), email);
        customer = new HttpClientForTests(base).as(new TestTokens(encoder).forAccount(customerId, Role.CUSTOMER));
        BackOfficeClient staff = new BackOfficeClient(base, encoder, json);
        backOffice = staff.http();
        charger = TestProducts.uniqueId("ks-charger-pro");
        staff.offer(charger, TestProducts.charger(chargerPrice));
        restock(5);
        stockItem = charger + "/colour=graphite;size=L";
    }

    private String newCustomerToken() {
        return new TestTokens(encoder).forAccount(CustomerId.random(), Role.CUSTOMER);
    }

    /** The back office counts the graphite L chargers again: {@code onHand} on the shelf. */
    public void restock(int onHand) {
        assertThat(backOffice.send(PUT, "/api/products/" + charger + "/stock",
                "{\"options\":{\"colour\":\"graphite\",\"size\":\"L\"},\"onHand\":" + onHand + "}").status()).isEqualTo(200);
    }

    /** The payment the order process asked for (waits for the order to await it). */
    PaymentId paymentOf(String order) {
        return eventually(() -> payloadsOf(order).stream()
                .filter(OrderAwaitingPayment.class::isInstance).map(OrderAwaitingPayment.class::cast)
                .map(OrderAwaitingPayment::paymentId).findFirst().orElse(null), found -> found != null);
    }

    /** Whether the order's payment deadline lies further ahead than {@code atLeast} (a review window, not 15 minutes). */
    boolean paymentDeadlineIsLaterThan(String order, Duration atLeast) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select bool_and(t.execution_time > now() + make_interval(secs => ?))"
                + " from command.scheduled_tasks t, " + PAYMENT_DEADLINES_OF_THE_ORDER, Boolean.class, (double) atLeast.toSeconds(), order));
    }

    /** Another customer, who owns none of this journey's orders. */
    public HttpClientForTests stranger() {
        return customer.as(newCustomerToken());
    }

    /** Two graphite L chargers checked out, paid with the given method: the new order's id. */
    public String checkOutTwoChargers(String paymentMethod) {
        return checkOutTwoChargersWith(TestCheckout.inBeijing(paymentMethod));
    }

    /** Two graphite L chargers checked out with this checkout body: the new order's id. */
    String checkOutTwoChargersWith(String checkoutBody) {
        return checkOutTwoChargersAs(customer, checkoutBody);
    }

    /** Two graphite L chargers checked out by {@code someone} (a customer logged in elsewhere) with this checkout body. */
    public String checkOutTwoChargersAs(HttpClientForTests someone, String checkoutBody) {
        Answer checkedOut = checkOut(someone, cartOf(someone, 2), checkoutBody);
        assertThat(checkedOut.status()).isEqualTo(201);
        return checkedOut.text("orderId");
    }

    /** A new cart of {@code someone} holding {@code chargers} graphite L chargers: its id. */
    public String cartOf(HttpClientForTests someone, int chargers) {
        String cart = someone.send(POST, "/api/carts", null).text("cartId");
        assertThat(someone.send(POST, "/api/carts/" + cart + "/items", """
                {"productId":"%s","options":{"colour":"graphite","size":"L"},"quantity":%d}""".formatted(charger, chargers))
                .status()).isEqualTo(201);
        return cart;
    }

    /** {@code someone} checks out {@code cart} with this checkout body: the answer, whatever it is. */
    public Answer checkOut(HttpClientForTests someone, String cart, String checkoutBody) {
        return someone.send(POST, "/api/carts/" + cart + "/checkout", checkoutBody);
    }

    /** The payment the order process asked for, as the Payment aggregate recorded it (waits for it). */
    public PaymentRequested paymentRequestedFor(String order) {
        return theOnePaymentEvent(order, PaymentRequested.class, "was requested from the provider");
    }

    /**
     * The one event of this type that the order's payment recorded (waits for the payment, then for the event);
     * {@code what} says in the assertion what the event means.
     */
    <T> T theOnePaymentEvent(String order, Class<T> type, String what) {
        PaymentId payment = paymentOf(order);
        assertThat(payment).as("order %s awaits a payment", order).isNotNull();
        List<T> recorded = eventually(() -> payments.of(payment, type), found -> !found.isEmpty());
        assertThat(recorded).as("payment %s " + what, payment).hasSize(1);
        return recorded.get(0);
    }

    /** The order is paid and nothing else happened to it, its stock is committed, no payment deadline is left (waits for each). */
    void assertPaid(String order) {
        assertThat(eventsWith(order, "OrderPaid"))
                .containsExactly("OrderPlaced", "OrderAwaitingPayment", "OrderPaid");
        assertThat(eventsWith(stockItem, "StockCommitted"))
                .endsWith("StockReserved", "StockCommitted");
        assertThat(paymentDeadlinesOnceThereAre(order, 0))
                .as("a paid order has no deadline left").isZero();
    }

    /** The back office starts picking the order. */
    public Answer pick(String order) {
        return backOffice.send(POST, "/api/orders/" + order + "/fulfilment", null);
    }

    /** The back office hands the order to SF Express (SF1234567890, 1 to 3 December). */
    public Answer ship(String order) {
        return backOffice.send(POST, "/api/orders/" + order + "/shipment", """
                {"carrier":"SF Express","trackingNumber":"SF1234567890","eta":{"earliest":"2026-12-01","latest":"2026-12-03"}}""");
    }

    /** The back office records the delivery. */
    public Answer deliver(String order) {
        return backOffice.send(POST, "/api/orders/" + order + "/delivery", null);
    }

    /** What the customer does on the sandbox's page the payment sent them to: {@code pay}, {@code decline}, {@code abandon}. */
    public ProviderCallbacks.Answer chooseOnSandboxPage(PaymentRequested requested, String outcome) {
        return browser.post(sandboxPage(requested), "application/x-www-form-urlencoded", "outcome=" + outcome, Map.of());
    }

    /** The path of the page in the payment's action (the action's host is the configured public URL). */
    String sandboxPage(PaymentRequested requested) {
        return URI.create(requested.action().value()).getPath();
    }

    /** The sandbox's page as the customer's browser shows it (the HTML). */
    String openSandboxPage(PaymentRequested requested) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + sandboxPage(requested))).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException("could not open the sandbox page", failed);
        }
    }

    /** A notification as a provider posts it: raw body, its own content type and headers, no login. */
    ProviderCallbacks.Answer sendNotification(String path, String contentType, String body, Map<String, String> headers) {
        return browser.post(path, contentType, body, headers);
    }

    public List<Object> payloadsOf(String aggregate) {
        return store.readEvents(aggregate).asStream().<Object>map(EventMessage::getPayload).toList();
    }

    public List<String> eventsOf(String aggregate) {
        return jdbc.queryForList("select payload_type from eventstore.domain_event_entry"
                        + " where aggregate_identifier = ? order by sequence_number", String.class, aggregate)
                .stream().map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    List<String> eventsOf(PaymentId payment) {
        return eventsOf(payment.toString());
    }

    /** The aggregate's event types, once one of them is {@code type} (or as they are when patience runs out). */
    public List<String> eventsWith(String aggregate, String type) {
        return eventually(() -> eventsOf(aggregate), types -> types.contains(type));
    }

    /** The payment's event types, once one of them is {@code type}. */
    List<String> eventsWith(PaymentId payment, String type) {
        return eventsWith(payment.toString(), type);
    }

    /** The aggregate's event types, once the last one is {@code last} (or as they are when patience runs out). */
    public List<String> eventsEndingWith(String aggregate, String last) {
        return eventually(() -> eventsOf(aggregate), types -> endsWith(types, last));
    }

    /** Payment deadlines stored for the order's process (db-scheduler's table: they outlive a restart). */
    int paymentDeadlinesOf(String order) {
        return jdbc.queryForObject("select count(*) from command.scheduled_tasks t, " + PAYMENT_DEADLINES_OF_THE_ORDER,
                Integer.class, order);
    }

    /** How many payment deadlines are stored for the order's process, once there are {@code count} (or when patience runs out). */
    int paymentDeadlinesOnceThereAre(String order, int count) {
        return eventually(() -> paymentDeadlinesOf(order), found -> found == count);
    }

    /** As if the payment timeout had passed (while this or any other instance was down). */
    void bringPaymentDeadlineForward(String order) {
        bringDeadlineForward(order, OrderProcess.PAYMENT_DEADLINE);
    }

    /** As if the time a held payment's order keeps its stock had passed. */
    void bringHeldStockDeadlineForward(String order) {
        eventually(() -> jdbc.queryForObject("select count(*) from command.scheduled_tasks t, "
                + named(OrderProcess.HELD_STOCK_DEADLINE), Integer.class, order), found -> found == 1);
        bringDeadlineForward(order, OrderProcess.HELD_STOCK_DEADLINE);
    }

    private void bringDeadlineForward(String order, String deadline) {
        jdbc.update("update command.scheduled_tasks t set execution_time = now() from " + named(deadline), order);
    }

    /** The value once it is done, or the last one seen when patience runs out (for the assertion to explain). */
    public static <T> T eventually(Supplier<T> value, Predicate<T> done) {
        return eventually(value, done, PATIENCE);
    }

    /** As {@link #eventually(Supplier, Predicate)}, waiting up to {@code patience}. */
    public static <T> T eventually(Supplier<T> value, Predicate<T> done, Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        T current = value.get();
        while (!done.test(current) && Instant.now().isBefore(giveUp)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            current = value.get();
        }
        return current;
    }

    private static boolean endsWith(List<String> types, String last) {
        return !types.isEmpty() && types.get(types.size() - 1).equals(last);
    }
}
