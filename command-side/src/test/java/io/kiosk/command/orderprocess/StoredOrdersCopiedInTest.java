package io.kiosk.command.orderprocess;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.order.CancellationReason;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.Contact;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderShipped;
import io.kiosk.api.pricing.Money;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mails' contacts and the restock's lines of orders stored before their tables existed are copied in from the
 * event store (Jackson JSON) when the tables are created: the migrations run here against a schema of their own over
 * an event store holding orders as the application stored them.
 */
class StoredOrdersCopiedInTest {

    private static final String EVENTS = "copied_in_test_events";
    private static final String COMMAND = "copied_in_test_command";
    private static final CheckoutDetails DETAILS = new CheckoutDetails(
            new DeliveryAddress("Li Lei", new PhoneNumber("+8613800138000"), "1 Nanjing Road", null, "Shanghai", "Shanghai",
                    "200001", "CN"),
            new Contact("Li Lei", new PhoneNumber("+8613800138000"), new EmailAddress("li.lei@example.com")),
            PaymentProvider.ALIPAY, "SH");

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private DriverManagerDataSource database;
    private JdbcClient jdbc;
    private long position;

    @BeforeEach
    void emptySchemas() {
        database = new DriverManagerDataSource(env("KIOSK_TEST_DB_URL", "jdbc:postgresql://localhost:5432/kiosk_test"),
                env("KIOSK_DB_USER", "kiosk"), env("KIOSK_DB_PASSWORD", "kiosk"));
        jdbc = JdbcClient.create(database);
        jdbc.sql("DROP SCHEMA IF EXISTS " + EVENTS + " CASCADE").update();
        jdbc.sql("DROP SCHEMA IF EXISTS " + COMMAND + " CASCADE").update();
        Flyway.configure().dataSource(database).schemas(EVENTS).createSchemas(true).locations("classpath:db/eventstore")
                .placeholders(Map.of("readerRole", "")).load().migrate();
    }

    private static OrderLine line(String product, String stockItem) {
        return new OrderLine(CartItemId.random(), new ProductId(product), ChosenOptions.none(), new Quantity(1),
                Money.of("199.00", "CNY"), stockItem == null ? null : new StockItemId(stockItem), null);
    }

    private OrderPlaced placed(OrderId order, CheckoutDetails details, OrderLine... lines) {
        OrderPlaced event = new OrderPlaced(order, CartId.random(), CustomerId.random(), List.of(lines),
                Money.of("398.00", "CNY"), details, null);
        store(order, event);
        return event;
    }

    private void store(OrderId order, Object event) {
        position++;
        try {
            jdbc.sql("INSERT INTO " + EVENTS + ".domain_event_entry (event_identifier, aggregate_identifier, sequence_number,"
                            + " type, time_stamp, payload_type, payload) VALUES (:id, :aggregate, :sequence, 'Order',"
                            + " '2026-11-20T02:00:00Z', :type, :payload)")
                    .param("id", UUID.randomUUID().toString()).param("aggregate", order.toString()).param("sequence", position)
                    .param("type", event.getClass().getName()).param("payload", json.writeValueAsBytes(event))
                    .update();
        } catch (Exception unwritable) {
            throw new IllegalStateException(unwritable);
        }
    }

    private void migrateTheCommandSide() {
        Flyway.configure().dataSource(database).schemas(COMMAND).createSchemas(true)
                .locations("classpath:db/axon", "classpath:db/command")
                .placeholders(Map.of("eventStoreSchema", EVENTS, "queryRole", ""))
                .load().migrate();
    }

    @Test
    void every_stored_order_with_a_contact_keeps_its_contact_and_total() {
        OrderId withContact = OrderId.random();
        OrderId withoutContact = OrderId.random();
        placed(withContact, DETAILS, line("ks-charger-pro", "ks-charger-pro/"));
        placed(withoutContact, null, line("ks-charger-pro", "ks-charger-pro/"));

        migrateTheCommandSide();

        assertThat(jdbc.sql("SELECT order_id, name, email, total, currency FROM " + COMMAND + ".order_contact")
                .query((row, n) -> List.of(row.getObject("order_id", UUID.class), row.getString("name"), row.getString("email"),
                        row.getBigDecimal("total").toPlainString(), row.getString("currency")))
                .list())
                .containsExactly(List.of(withContact.value(), "Li Lei", "li.lei@example.com", "398.00", "CNY"));
    }

    @Test
    void only_orders_that_may_still_be_cancelled_keep_the_stock_items_of_their_lines() {
        OrderId open = OrderId.random();
        OrderId shipped = OrderId.random();
        OrderId cancelled = OrderId.random();
        OrderLine charger = line("ks-charger-pro", "ks-charger-pro/colour=graphite");
        OrderLine unstocked = line("ks-lock", null);
        placed(open, DETAILS, charger, unstocked);
        placed(shipped, DETAILS, line("ks-charger-pro", "ks-charger-pro/"));
        store(shipped, new OrderShipped(shipped, "SF Express", "SF1", null));
        placed(cancelled, DETAILS, line("ks-charger-pro", "ks-charger-pro/"));
        store(cancelled, new OrderCancelled(cancelled, CancellationReason.CUSTOMER_REQUEST, true));

        migrateTheCommandSide();

        assertThat(jdbc.sql("SELECT order_id, line_id, stock_item_id FROM " + COMMAND + ".restock_line")
                .query((row, n) -> List.of(row.getObject("order_id", UUID.class), row.getObject("line_id", UUID.class),
                        row.getString("stock_item_id")))
                .list())
                .as("a restock that never ran starts at the head: a cancellation stored before is not its business")
                .containsExactly(List.of(open.value(), charger.lineId().value(), "ks-charger-pro/colour=graphite"));
    }

    @Test
    void a_cancellation_the_restock_has_not_reached_yet_keeps_its_lines_for_it() {
        OrderId handled = OrderId.random();
        OrderId ahead = OrderId.random();
        placed(handled, DETAILS, line("ks-charger-pro", "ks-charger-pro/"));
        store(handled, new OrderCancelled(handled, CancellationReason.CUSTOMER_REQUEST, true));
        long restockReadUpTo = jdbc.sql("SELECT max(global_index) FROM " + EVENTS + ".domain_event_entry").query(Long.class).single();
        OrderLine charger = line("ks-charger-pro", "ks-charger-pro/");
        placed(ahead, DETAILS, charger);
        store(ahead, new OrderCancelled(ahead, CancellationReason.BACK_OFFICE, true));
        Flyway.configure().dataSource(database).schemas(COMMAND).createSchemas(true)
                .locations("classpath:db/axon", "classpath:db/command")
                .placeholders(Map.of("eventStoreSchema", EVENTS, "queryRole", "")).target("15")
                .load().migrate();
        jdbc.sql("INSERT INTO " + COMMAND + ".token_entry (processor_name, segment, token, token_type) VALUES"
                        + " ('paid-cancellation-restock', 0, convert_to(:token, 'UTF8'), 'org.axonframework.eventhandling.GapAwareTrackingToken')")
                .param("token", "{\"index\":" + restockReadUpTo + ",\"gaps\":[]}")
                .update();

        migrateTheCommandSide();

        assertThat(jdbc.sql("SELECT order_id, line_id FROM " + COMMAND + ".restock_line")
                .query((row, n) -> List.of(row.getObject("order_id", UUID.class), row.getObject("line_id", UUID.class)))
                .list())
                .containsExactly(List.of(ahead.value(), charger.lineId().value()));
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
