package io.kiosk.command.orderprocess;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductLabel;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.order.CancellationReason;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.Contact;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderDelivered;
import io.kiosk.api.order.OrderExpired;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderShipped;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.CommandSideHttpTest;
import io.kiosk.command.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The mails about an order, sent to a real SMTP server in the JVM; the order's contact is kept in the real database. */
class OrderNotificationsTest extends CommandSideHttpTest {

    @RegisterExtension
    static GreenMailExtension mail = TestSmtp.serverOnAnyPort();

    private static final CheckoutDetails DETAILS = new CheckoutDetails(
            new DeliveryAddress("Li Lei", new PhoneNumber("+8613800138000"), "1 Nanjing Road", "Flat 3", "Shanghai",
                    "Shanghai", "200001", "CN"),
            new Contact("Li Lei", new PhoneNumber("+8613800138000"), new EmailAddress("li.lei@example.com")),
            PaymentProvider.ALIPAY, "SH");

    private final OrderId order = OrderId.random();
    @Autowired
    private OrderContacts contacts;
    private OrderNotifications notifications;
    private OrderPlaced placed;

    @BeforeEach
    void setUp() {
        notifications = new OrderNotifications(new OrderMail(contacts, TestSmtp.senderTo(mail), "Kiosk <no-reply@kiosk.local>"),
                "https://kiosk.example");
        OrderLine chargers = new OrderLine(CartItemId.random(), new ProductId("ks-charger-pro"),
                new ChosenOptions(Map.of("colour", "graphite", "size", "L")), new Quantity(2), Money.of("199.00", "CNY"),
                new StockItemId("ks-charger-pro/colour=graphite;size=L"),
                new ProductLabel(LocalizedText.of("充电器 Pro", "Charger Pro"), "chargers"));
        placed = new OrderPlaced(order, CartId.random(), CustomerId.random(), List.of(chargers), Money.of("398.00", "CNY"), DETAILS);
        contacts.on(placed);
    }

    private MimeMessage onlyMail() {
        MimeMessage[] received = mail.getReceivedMessagesForDomain("li.lei@example.com");
        assertThat(received).hasSize(1);
        return received[0];
    }

    private String body(MimeMessage message) throws Exception {
        return message.getContent().toString().replace("\r\n", "\n");
    }

    @Test
    void the_placed_order_is_confirmed_with_its_lines_total_address_and_payment_method() throws Exception {
        notifications.on(placed);

        MimeMessage confirmation = onlyMail();
        assertThat(confirmation.getSubject()).isEqualTo("Kiosk: we have your order " + order);
        assertThat(body(confirmation)).contains("Hello Li Lei,",
                "2 x Charger Pro 充电器 Pro [ks-charger-pro] (colour: graphite, size: L) at 199.00 CNY = 398.00 CNY",
                "Total: 398.00 CNY", "1 Nanjing Road, Flat 3, 200001 Shanghai, CN (delivery region SH)",
                "Paying with: ALIPAY", "https://kiosk.example/api/orders/" + order);
    }

    @Test
    void the_customer_hears_when_the_order_is_paid() throws Exception {
        notifications.on(new OrderPaid(order, PaymentId.random()));

        assertThat(onlyMail().getSubject()).isEqualTo("Kiosk: your order " + order + " is paid");
    }

    @Test
    void the_shipment_mail_names_carrier_tracking_number_and_window() throws Exception {
        notifications.on(new OrderShipped(order, "SF Express", "SF1234567890",
                new DeliveryWindow(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3))));

        MimeMessage shipped = onlyMail();
        assertThat(shipped.getSubject()).isEqualTo("Kiosk: your order " + order + " is on its way");
        assertThat(body(shipped)).contains("SF Express", "SF1234567890", "between 2026-12-01 and 2026-12-03");
    }

    @Test
    void the_customer_hears_when_the_goods_arrive() throws Exception {
        notifications.on(new OrderDelivered(order));

        assertThat(onlyMail().getSubject()).isEqualTo("Kiosk: your order " + order + " was delivered");
    }

    @Test
    void a_cancellation_says_why_and_whether_money_comes_back() throws Exception {
        notifications.on(new OrderCancelled(order, CancellationReason.OUT_OF_STOCK, false));

        MimeMessage cancelled = onlyMail();
        assertThat(cancelled.getSubject()).isEqualTo("Kiosk: your order " + order + " is cancelled");
        assertThat(body(cancelled)).contains("some are out of stock", "Nothing was charged.");
    }

    @Test
    void an_expired_order_is_explained() throws Exception {
        notifications.on(new OrderExpired(order));

        MimeMessage expired = onlyMail();
        assertThat(expired.getSubject()).isEqualTo("Kiosk: your order " + order + " expired");
        assertThat(body(expired)).contains("did not receive the payment");
    }

    @Test
    void an_order_placed_before_checkout_asked_for_a_contact_gets_no_mail() {
        OrderId old = OrderId.random();
        OrderPlaced oldPlacement = new OrderPlaced(old, CartId.random(), CustomerId.random(), placed.lines(), placed.total());
        contacts.on(oldPlacement);

        notifications.on(oldPlacement);
        notifications.on(new OrderPaid(old, PaymentId.random()));

        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_mail_server_that_is_down_never_fails_the_order() {
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("localhost");
        nowhere.setPort(1);
        OrderNotifications unsent = new OrderNotifications(new OrderMail(contacts, nowhere, "Kiosk <no-reply@kiosk.local>"), "https://kiosk.example");

        unsent.on(placed);

        assertThat(mail.getReceivedMessages()).isEmpty();
    }
}
