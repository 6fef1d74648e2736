package io.kiosk.command.refund;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.Language;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.Contact;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundApproved;
import io.kiosk.api.refund.RefundCompleted;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundLine;
import io.kiosk.api.refund.RefundReason;
import io.kiosk.api.refund.RefundRejected;
import io.kiosk.api.refund.RefundRequested;
import io.kiosk.api.refund.ReturnAuthorised;
import io.kiosk.api.refund.ReturnRefused;
import io.kiosk.command.TestMailDatabase;
import io.kiosk.command.TestSmtp;
import io.kiosk.command.mail.MailTexts;
import io.kiosk.command.mail.WebPages;
import io.kiosk.command.orderprocess.OrderContacts;
import io.kiosk.command.orderprocess.OrderContacts;
import io.kiosk.command.orderprocess.OrderMail;
import io.kiosk.command.outbox.TestOutbox;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mails about a refund, through the real outbox (in tables of this test's own) to a real SMTP server in the JVM, to
 * the verified address of the customer who placed the order, in their language, each linking to the refund's page in
 * the web app; the order's contact is kept in the test's own table as the application keeps it.
 */
class RefundNotificationsTest {

    @RegisterExtension
    static GreenMailExtension mail = TestSmtp.serverOnAnyPort();

    private static final CheckoutDetails DETAILS = new CheckoutDetails(
            new DeliveryAddress("Li Lei", new PhoneNumber("+8613800138000"), "1 Nanjing Road", null, "Shanghai",
                    "Shanghai", "200001", "CN"),
            new Contact("Li Lei", new PhoneNumber("+8613800138000"), new EmailAddress("li.lei@example.com")),
            PaymentProvider.ALIPAY, "SH");
    private static final String WEB = "https://shop.kiosk.test";
    private static final DeliveryAddress RETURNS = new DeliveryAddress("Kiosk Returns Desk", new PhoneNumber("+862150000000"),
            "88 Century Avenue", "Loading Bay 3", "Shanghai", "Shanghai", "200120", "CN");

    private final OrderId order = OrderId.random();
    private final RefundId refund = RefundId.random();
    private final CustomerId customer = CustomerId.random();
    private OrderContacts contacts;
    private TestMailDatabase database;
    private TestOutbox outbox;
    private RefundNotifications notifications;
    private List<RefundLine> lines;

    @BeforeEach
    void setUp() {
        database = TestMailDatabase.fresh("refund_mail_test");
        database.account(customer, new EmailAddress("li.lei@example.com"), true);
        outbox = TestOutbox.in(database.dataSource(), TestSmtp.senderTo(mail));
        contacts = new OrderContacts(JdbcClient.create(database.dataSource()));
        MailTexts texts = new MailTexts();
        notifications = new RefundNotifications(new OrderMail(contacts, database.languages(), database.addresses(), texts,
                outbox.outbox()), texts, new WebPages(WEB), Clock.system(ZoneId.of("Asia/Shanghai")));
        OrderLine chargers = new OrderLine(CartItemId.random(), new ProductId("ks-charger-pro"), ChosenOptions.none(),
                new Quantity(2), Money.of("199.00", "CNY"), null, null);
        lines = List.of(new RefundLine(chargers.lineId(), chargers.productId(), new Quantity(1), chargers.unitPrice()));
        contacts.on(new OrderPlaced(order, CartId.random(), customer, List.of(chargers), Money.of("398.00", "CNY"), DETAILS, null));
    }

    private RefundRequested requested(RefundReason reason) {
        return requested(refund, reason);
    }

    private RefundRequested requested(RefundId id, RefundReason reason) {
        return new RefundRequested(id, order, customer, PaymentId.random(), PaymentProvider.ALIPAY, lines,
                Money.of("199.00", "CNY"), reason, "frayed cable", true);
    }

    /** A new event's id. */
    private static String id() {
        return UUID.randomUUID().toString();
    }

    /** The mails to the customer, once the outbox has sent what is due. */
    private MimeMessage[] sent() {
        outbox.sendDue();
        return mail.getReceivedMessagesForDomain("li.lei@example.com");
    }

    private MimeMessage onlyMail() {
        MimeMessage[] received = sent();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String body(MimeMessage message) throws Exception {
        return message.getContent().toString().replace("\r\n", "\n");
    }

    @Test
    void the_customer_hears_that_the_request_arrived_with_its_units_and_amount_in_chinese_without_a_choice() throws Exception {
        notifications.on(requested(RefundReason.DAMAGED), id());

        MimeMessage received = onlyMail();
        assertThat(received.getSubject()).isEqualTo("Kiosk：我们已收到您对订单 " + order + " 的退款申请");
        assertThat(body(received)).contains("您好，Li Lei：", "您申请退还订单 " + order + " 的 ¥199.00（商品损坏：frayed cable）",
                "1 × ks-charger-pro，单价 ¥199.00，共 ¥199.00", "告诉您把商品寄到哪里", "查看退款：" + WEB + "/refunds/" + refund);
    }

    @Test
    void an_english_customer_hears_of_the_request_in_english() throws Exception {
        database.prefer(customer, Language.EN);

        notifications.on(requested(RefundReason.DAMAGED), id());

        MimeMessage received = onlyMail();
        assertThat(received.getSubject()).isEqualTo("Kiosk: we received your refund request for order " + order);
        assertThat(body(received)).contains("Hello Li Lei,", "you asked for CN¥199.00 back for order " + order + " (damaged: frayed cable)",
                "1 x ks-charger-pro at CN¥199.00 = CN¥199.00", "tell you where to send the goods",
                "Follow your refund: " + WEB + "/refunds/" + refund);
    }

    @Test
    void an_authorised_return_says_where_to_send_the_goods_by_when_and_where_to_say_it_was_sent() throws Exception {
        database.prefer(customer, Language.EN);

        notifications.on(new ReturnAuthorised(refund, order, RETURNS, Instant.parse("2026-12-09T02:00:00Z")), id());

        MimeMessage received = onlyMail();
        assertThat(received.getSubject()).isEqualTo("Kiosk: your refund for order " + order + " is approved: please send the goods back");
        assertThat(body(received)).contains("Kiosk Returns Desk, 88 Century Avenue, Loading Bay 3, 200120 Shanghai, CN (phone +862150000000)",
                "before December 9, 2026", "tracking number here: " + WEB + "/refunds/" + refund);
    }

    @Test
    void a_rejection_and_refused_goods_say_why() throws Exception {
        notifications.on(new RefundRejected(refund, order, "the seal of the box is broken"), id());
        notifications.on(new ReturnRefused(refund, order, null), id());

        MimeMessage[] received = sent();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo("Kiosk：您对订单 " + order + " 的退款申请未被接受");
        assertThat(body(received[0])).contains("我们无法接受您的退款申请 " + refund + "：the seal of the box is broken。");
        assertThat(body(received[1])).contains("但我们无法为其退款：商品未通过检验。", WEB + "/refunds/" + refund);
    }

    @Test
    void the_money_back_is_announced_but_a_cancelled_orders_refund_is_not_announced_twice() throws Exception {
        database.prefer(customer, Language.EN);
        RefundId cancellation = RefundId.forCancellationOf(order);
        notifications.on(requested(cancellation, RefundReason.ORDER_CANCELLED), id());
        notifications.on(new RefundApproved(cancellation, order, Money.of("199.00", "CNY"), Money.of("199.00", "CNY"), false, true, null), id());
        notifications.on(new RefundCompleted(cancellation, order, Money.of("199.00", "CNY"), "2026112522001", Instant.now()), id());

        MimeMessage received = onlyMail();
        assertThat(received.getSubject()).isEqualTo("Kiosk: CN¥199.00 refunded for order " + order);
        assertThat(body(received)).contains("we paid CN¥199.00 back for order " + order + " (refund " + cancellation + ")");
    }
}
