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
import io.kiosk.api.customer.Language;
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
import io.kiosk.command.TestMailDatabase;
import io.kiosk.command.TestSmtp;
import io.kiosk.command.mail.MailTexts;
import io.kiosk.command.mail.WebPages;
import io.kiosk.command.outbox.TestOutbox;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mails about an order, through the real outbox (in tables of this test's own) to a real SMTP server in the JVM,
 * to the verified address of the account that placed the order, in its language (both read from the real tables),
 * each linking to the order's page in the web app; the order's contact is kept in the test's own table as the application keeps it. The checkout's
 * contact e-mail is someone else's, and never written to.
 */
class OrderNotificationsTest {

    @RegisterExtension
    static GreenMailExtension mail = TestSmtp.serverOnAnyPort();

    private static final String WEB = "https://shop.kiosk.test";
    private static final CheckoutDetails DETAILS = new CheckoutDetails(
            new DeliveryAddress("Li Lei", new PhoneNumber("+8613800138000"), "1 Nanjing Road", "Flat 3", "Shanghai",
                    "Shanghai", "200001", "CN"),
            new Contact("Li Lei", new PhoneNumber("+8613800138000"), new EmailAddress("stranger@example.net")),
            PaymentProvider.ALIPAY, "SH");
    private static final EmailAddress ACCOUNT = new EmailAddress("li.lei@example.com");

    private final OrderId order = OrderId.random();
    private final CustomerId customer = CustomerId.random();
    private OrderContacts contacts;
    private TestMailDatabase database;
    private TestOutbox outbox;
    private OrderNotifications notifications;
    private OrderPlaced placed;

    @BeforeEach
    void setUp() {
        database = TestMailDatabase.fresh("order_mail_test");
        database.account(customer, ACCOUNT, true);
        outbox = TestOutbox.in(database.dataSource(), TestSmtp.senderTo(mail));
        contacts = new OrderContacts(JdbcClient.create(database.dataSource()));
        notifications = notificationsThrough(outbox);
        OrderLine chargers = new OrderLine(CartItemId.random(), new ProductId("ks-charger-pro"),
                new ChosenOptions(Map.of("colour", "graphite", "size", "L")), new Quantity(2), Money.of("199.00", "CNY"),
                new StockItemId("ks-charger-pro/colour=graphite;size=L"),
                new ProductLabel(LocalizedText.of("充电器 Pro", "Charger Pro"), "chargers"));
        placed = new OrderPlaced(order, CartId.random(), customer, List.of(chargers), Money.of("398.00", "CNY"), DETAILS, null);
        contacts.on(placed);
    }

    private OrderNotifications notificationsThrough(TestOutbox outbox) {
        MailTexts texts = new MailTexts();
        return new OrderNotifications(new OrderMail(contacts, database.languages(), database.addresses(), texts,
                outbox.outbox()), texts, new WebPages(WEB));
    }

    /** A new event's id. */
    private static String id() {
        return UUID.randomUUID().toString();
    }

    /** The mails to the account's address, once the outbox has sent what is due. */
    private MimeMessage[] sent() {
        outbox.sendDue();
        return mail.getReceivedMessagesForDomain(ACCOUNT.value());
    }

    private MimeMessage onlyMail() {
        MimeMessage[] received = sent();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private String body(MimeMessage message) throws Exception {
        return message.getContent().toString().replace("\r\n", "\n");
    }

    @Test
    void a_customer_who_never_chose_gets_the_confirmation_in_chinese_with_lines_total_address_payment_method_and_page()
            throws Exception {
        notifications.on(placed, id());

        MimeMessage confirmation = onlyMail();
        assertThat(confirmation.getSubject()).isEqualTo("Kiosk：我们已收到您的订单 " + order);
        assertThat(body(confirmation)).contains("您好，Li Lei：", "感谢您的订单 " + order,
                "2 × 充电器 Pro (colour: graphite, size: L)，单价 ¥199.00，小计 ¥398.00", "合计：¥398.00",
                "收货地址：Li Lei, 1 Nanjing Road, Flat 3, 200001 Shanghai, CN（配送区域 SH）", "支付方式：支付宝",
                "查看订单：" + WEB + "/orders/" + order);
        assertThat(body(confirmation)).doesNotContain("/api/", "Charger Pro");
    }

    @Test
    void an_english_customer_gets_the_confirmation_in_english() throws Exception {
        database.prefer(customer, Language.EN);

        notifications.on(placed, id());

        MimeMessage confirmation = onlyMail();
        assertThat(confirmation.getSubject()).isEqualTo("Kiosk: we have your order " + order);
        assertThat(body(confirmation)).contains("Hello Li Lei,", "thank you for your order " + order,
                "2 x Charger Pro (colour: graphite, size: L) at CN¥199.00 = CN¥398.00", "Total: CN¥398.00",
                "Delivery to: Li Lei, 1 Nanjing Road, Flat 3, 200001 Shanghai, CN (delivery region SH)", "Paying with: Alipay",
                "Follow your order: " + WEB + "/orders/" + order);
        assertThat(body(confirmation)).doesNotContain("充电器", "您好");
    }

    @Test
    void the_customer_hears_when_the_order_is_paid_in_the_language_they_read_now() throws Exception {
        notifications.on(new OrderPaid(order, PaymentId.random()), id());
        database.prefer(customer, Language.EN);
        notifications.on(new OrderPaid(order, PaymentId.random()), id());

        MimeMessage[] received = sent();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo("Kiosk：您的订单 " + order + " 已付款");
        assertThat(body(received[0])).contains("我们已收到订单 " + order + " 的付款 ¥398.00", WEB + "/orders/" + order);
        assertThat(received[1].getSubject()).isEqualTo("Kiosk: your order " + order + " is paid");
        assertThat(body(received[1])).contains("we received CN¥398.00 for your order " + order, WEB + "/orders/" + order);
    }

    @Test
    void the_shipment_mail_names_carrier_tracking_number_and_window_in_each_language() throws Exception {
        OrderShipped shipped = new OrderShipped(order, "SF Express", "SF1234567890",
                new DeliveryWindow(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3)));
        notifications.on(shipped, id());
        database.prefer(customer, Language.EN);
        notifications.on(shipped, id());

        MimeMessage[] received = sent();
        assertThat(received[0].getSubject()).isEqualTo("Kiosk：您的订单 " + order + " 已发货");
        assertThat(body(received[0])).contains("已由 SF Express 发出，运单号 SF1234567890", "预计 2026年12月1日 至 2026年12月3日 送达");
        assertThat(received[1].getSubject()).isEqualTo("Kiosk: your order " + order + " is on its way");
        assertThat(body(received[1])).contains("left with SF Express, tracking number SF1234567890",
                "between December 1, 2026 and December 3, 2026", "Follow your order: " + WEB + "/orders/" + order);
    }

    @Test
    void the_customer_hears_when_the_goods_arrive() throws Exception {
        notifications.on(new OrderDelivered(order), id());

        MimeMessage delivered = onlyMail();
        assertThat(delivered.getSubject()).isEqualTo("Kiosk：您的订单 " + order + " 已送达");
        assertThat(body(delivered)).contains("查看订单：" + WEB + "/orders/" + order);
    }

    @Test
    void a_cancellation_says_why_and_whether_money_comes_back() throws Exception {
        notifications.on(new OrderCancelled(order, CancellationReason.OUT_OF_STOCK, false), id());
        database.prefer(customer, Language.EN);
        notifications.on(new OrderCancelled(order, CancellationReason.CUSTOMER_REQUEST, true), id());

        MimeMessage[] received = sent();
        assertThat(received[0].getSubject()).isEqualTo("Kiosk：您的订单 " + order + " 已取消");
        assertThat(body(received[0])).contains("部分商品缺货，我们无法为您全部保留。未扣任何款项。");
        assertThat(received[1].getSubject()).isEqualTo("Kiosk: your order " + order + " is cancelled");
        assertThat(body(received[1])).contains("is cancelled: you asked us to cancel it. The money you paid will be refunded.");
    }

    @Test
    void an_expired_order_is_explained() throws Exception {
        database.prefer(customer, Language.EN);

        notifications.on(new OrderExpired(order), id());

        MimeMessage expired = onlyMail();
        assertThat(expired.getSubject()).isEqualTo("Kiosk: your order " + order + " expired");
        assertThat(body(expired)).contains("did not receive the payment", WEB + "/orders/" + order);
    }

    @Test
    void an_order_placed_before_checkout_asked_for_a_contact_gets_no_mail() {
        OrderId old = OrderId.random();
        OrderPlaced oldPlacement = new OrderPlaced(old, CartId.random(), customer, placed.lines(), placed.total(), null, null);
        contacts.on(oldPlacement);

        notifications.on(oldPlacement, id());
        notifications.on(new OrderPaid(old, PaymentId.random()), id());

        assertThat(outbox.sendDue()).isZero();
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void the_mails_go_to_the_accounts_verified_address_never_to_the_contact_typed_in_at_checkout() {
        notifications.on(placed, id());
        notifications.on(new OrderPaid(order, PaymentId.random()), id());

        assertThat(sent()).hasSize(2);
        assertThat(mail.getReceivedMessagesForDomain("stranger@example.net")).as("whoever the checkout named").isEmpty();
    }

    @Test
    void a_customer_whose_address_is_not_verified_gets_no_order_mail() {
        CustomerId unverified = CustomerId.random();
        database.account(unverified, new EmailAddress("not.yet@example.com"), false);
        OrderId theirs = OrderId.random();
        OrderPlaced theirPlacement = new OrderPlaced(theirs, CartId.random(), unverified, placed.lines(), placed.total(), DETAILS, null);
        contacts.on(theirPlacement);

        notifications.on(theirPlacement, id());

        assertThat(outbox.sendDue()).isZero();
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void an_event_handled_again_mails_once() throws Exception {
        String paid = id();
        notifications.on(new OrderPaid(order, PaymentId.random()), paid);
        outbox.sendDue();
        notifications.on(new OrderPaid(order, PaymentId.random()), paid);

        assertThat(onlyMail().getSubject()).isEqualTo("Kiosk：您的订单 " + order + " 已付款");
    }

    @Test
    void handling_the_event_only_writes_to_the_outbox_so_a_mail_server_that_is_down_never_fails_it() throws Exception {
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("localhost");
        nowhere.setPort(1);
        TestOutbox unreachable = TestOutbox.in(database.dataSource(), nowhere);

        notificationsThrough(unreachable).on(placed, id());
        assertThat(unreachable.sendDue()).as("tried").isEqualTo(1);
        assertThat(mail.getReceivedMessages()).isEmpty();

        Thread.sleep(TestOutbox.PAUSE.toMillis() + 100);
        assertThat(onlyMail().getSubject()).as("sent once the server answers").isEqualTo("Kiosk：我们已收到您的订单 " + order);
    }
}
